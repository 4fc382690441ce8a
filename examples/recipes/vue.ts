// Vue 3: a composable to call once in App.vue's <script setup> — useMoments().
import { onBeforeUnmount, onMounted } from 'vue';
import { init, destroy, show, type Config } from 'moments';

const config: Config = {
  endpoint: '/moments',
  touchpoints: [{ id: 'contact', question: 'Was it easy to reach us?', scale: 'thumbs', when: { path: '/contact' } }],
};

export function useMoments() {
  onMounted(() => init(config));
  onBeforeUnmount(() => destroy());
  return { show };
}
