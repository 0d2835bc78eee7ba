import { eventBusContract } from '../../test/contracts/bus';
import { createMemoryBroker, createMemoryBus } from './memory';

// One broker for the file: buses built on it behave like processes sharing a backend.
const broker = createMemoryBroker();

eventBusContract('memory', async () => createMemoryBus({ broker }));

describe('memory bus', () => {
  it('reports its engine', () => {
    expect(createMemoryBus().engine).toBe('memory');
  });
});
