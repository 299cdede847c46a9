// Every message Lateral sends or receives goes through src/platform/messaging.ts, which
// types it (src/core/messages.ts) and checks it with a guard on arrival. Anywhere else
// in src, `sendMessage` and `onMessage` are refused; tests/unit/build/lint-messages.test.ts
// proves that a raw send or listener fails.
const NAMES = '/^(sendMessage|onMessage|onMessageExternal)$/';
const message = 'Send and receive messages through src/platform/messaging.ts (typed and guarded), not the raw browser API.';

/** Flat-config entries. */
export const messages = [
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/platform/messaging.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: `MemberExpression[property.name=${NAMES}]`, message },
        { selector: `MemberExpression[computed=true][property.value=${NAMES}]`, message },
        { selector: `ObjectPattern > Property[key.name=${NAMES}]`, message },
      ],
    },
  },
];
