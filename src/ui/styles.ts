// The prompt's whole stylesheet. px only (a host page may set `html { font-size: 40px }`); `:host` rules are
// !important because inside a shadow root those beat even the page's !important rules on the host element.
// The prompt enters by sliding only, not fading: it is readable in its first frame.
// Internal short names: --a accent, --at text on accent, --b background, --t text, --m muted text, --l control border,
// --e error text.
const dark = '--a:var(--moments-accent,#8ab4f8);--at:var(--moments-accent-text,#0b1a33);--b:var(--moments-bg,#1f2126);--t:var(--moments-text,#f1f2f4);--m:var(--moments-muted,#aab0bb);--l:var(--moments-border,#7d8490);--e:var(--moments-error,#f2b8b5)';

/** The prompt's CSS, adopted into its shadow root. */
export const styles = `:host{all:initial!important;display:contents!important}
*{box-sizing:border-box;margin:0;padding:0}
.r{--a:var(--moments-accent,#2456d3);--at:var(--moments-accent-text,#fff);--b:var(--moments-bg,#fff);--t:var(--moments-text,#1b1d21);--m:var(--moments-muted,#595e68);--l:var(--moments-border,#858b95);--e:var(--moments-error,#b3261e);position:fixed;z-index:var(--moments-z,2147483647);font:var(--moments-font-size,14px)/1.4 var(--moments-font,system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif);color:var(--t);text-align:start}
.dark{${dark}}
@media (prefers-color-scheme:dark){.auto{${dark}}}
.bottom-right{bottom:16px;right:16px}.bottom-left{bottom:16px;left:16px}.top-right{top:16px;right:16px}.top-left{top:16px;left:16px}
.inline{position:relative;z-index:auto;display:block;min-height:var(--moments-min-height,136px)}
.card{position:relative;display:block;width:var(--moments-width,360px);max-width:calc(100vw - 32px);padding:16px;background:var(--b);color:var(--t);border:1px solid var(--moments-card-border,rgba(127,127,127,.35));border-radius:var(--moments-radius,12px);box-shadow:var(--moments-shadow,0 8px 28px rgba(0,0,0,.2));animation:in .2s ease-out}
.inline .card{width:auto;max-width:none;box-shadow:none}
.out{animation:out .16s ease-in forwards}
@keyframes in{from{transform:translateY(8px)}}
@keyframes out{to{opacity:0;transform:translateY(8px)}}
.q{display:block;font-weight:600;margin:0 0 12px;padding-inline-end:32px}
button,textarea,input,a{font:inherit;color:inherit}
button{display:flex;align-items:center;justify-content:center;min-height:40px;background:var(--b);border:1px solid var(--l);border-radius:8px;cursor:pointer}
button:hover{border-color:var(--a);color:var(--a)}
:focus-visible,textarea:focus,input:focus{outline:2px solid var(--a);outline-offset:2px}
svg{width:24px;height:24px;fill:none;stroke:currentColor;stroke-width:1.6;stroke-linecap:round;stroke-linejoin:round}
.eye,polygon{fill:currentColor}
.down{transform:rotate(180deg);transform-origin:center}
.o{display:flex;gap:6px}.o>button{flex:1 1 0;min-width:0;padding:0 2px}
[aria-checked=true],[aria-pressed=true]{background:var(--a);border-color:var(--a);color:var(--at)}
.nps{gap:3px}.nps>button{min-height:36px;font-variant-numeric:tabular-nums}
.csat{flex-direction:column}.csat>button{padding:0 12px}
.stars{gap:2px;justify-content:flex-start}.stars>button{flex:0 0 44px;border-color:transparent;color:var(--l)}
.stars>button svg{width:30px;height:30px}
.stars:hover>button,.stars>[aria-checked=true]{color:var(--a);background:var(--b)}
.stars>button:hover~button{color:var(--l)}
.ends{display:flex;justify-content:space-between;gap:12px;margin-top:6px;font-size:12px;color:var(--m)}
.c{display:flex;flex-wrap:wrap;gap:6px;margin-bottom:12px}.c>button{min-height:32px;padding:4px 12px;border-radius:16px}
textarea{display:block;width:100%;min-height:76px;padding:8px;resize:vertical;background:var(--b);border:1px solid var(--l);border-radius:8px}
input{display:block;width:100%;min-height:40px;padding:0 8px;background:var(--b);border:1px solid var(--l);border-radius:8px}
.l{display:block;margin-bottom:4px}
[aria-invalid=true]{border-color:var(--e)}
.er{margin-top:4px;font-size:12px;color:var(--e)}
.a{display:flex;flex-wrap:wrap;gap:8px;margin-top:12px}.a>button{margin:0;padding:0 18px}
::placeholder{color:var(--m);opacity:1}
.n{margin-top:4px;font-size:12px;color:var(--m);text-align:end}
.s{margin-top:12px;padding:0 18px;background:var(--a);border-color:var(--a);color:var(--at);font-weight:600}
.s:hover{color:var(--at);filter:brightness(1.08)}
.k{padding-inline-end:32px}.k:focus{outline:0}
a{display:inline-block;margin-top:8px;color:var(--a);text-decoration:underline}
.x{position:absolute;top:8px;inset-inline-end:8px;width:32px;height:32px;min-height:0;border-color:transparent;color:var(--m)}
.x svg{width:18px;height:18px;stroke-width:2}
.v{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
@media (pointer:coarse){.o>button,.c>button,.a>button,.s,a,input{min-height:44px;min-width:44px}input{font-size:16px}.nps{flex-wrap:wrap}.nps>button{flex:1 0 44px}.x{top:4px;inset-inline-end:4px;width:44px;height:44px}}
@media (max-width:480px){.r:not(.inline){top:auto;bottom:var(--moments-kb,0);left:0;right:0}.r:not(.inline) .card{width:auto;max-width:none;border-radius:var(--moments-radius,12px) var(--moments-radius,12px) 0 0;border-width:1px 0 0;padding:16px max(16px,env(safe-area-inset-right)) max(16px,env(safe-area-inset-bottom)) max(16px,env(safe-area-inset-left))}}
@media (prefers-reduced-motion:reduce){.card{animation:none!important}}`;
