import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { answerBusyDatabase, formAction } from './form-action';
import { formDone } from './form-state';

const busy = Object.assign(new Error('Operation has timed out'), { code: 'P1008' });

describe('formAction', () => {
  it('answers a failing field with the schema’s sentence and runs nothing', async () => {
    let ran = false;
    const action = formAction({
      schema: z.object({ name: z.string().min(2, 'Use at least 2 characters.') }),
      read: (form) => ({ name: form.get('name') }),
      echo: (form) => ({ name: String(form.get('name')) }),
      run: async () => ((ran = true), formDone('Saved.')),
    });
    const form = new FormData();
    form.set('name', 'x');
    expect(await action({ status: 'idle' }, form)).toMatchObject({
      status: 'error',
      message: 'Use at least 2 characters.',
      fields: { name: 'x' },
    });
    expect(ran).toBe(false);
  });

  it('turns a locked database into the form’s sentence, keeping what was typed', async () => {
    const state = await answerBusyDatabase(() => Promise.reject(busy), { body: 'my draft' });
    expect(state).toMatchObject({ status: 'error', fields: { body: 'my draft' } });
    expect(state.status === 'error' && state.message).toMatch(/busy/);
  });

  it('rethrows anything else', async () => {
    await expect(answerBusyDatabase(() => Promise.reject(new Error('NEXT_REDIRECT')))).rejects.toThrow('NEXT_REDIRECT');
  });
});
