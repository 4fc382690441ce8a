// The same app without Moments: the baseline its eager chunk grows from.
console.log('/moments', [{ id: 'checkout', question: 'How was checkout?', scale: 'emoji5', when: { path: '/checkout*' } }]);
