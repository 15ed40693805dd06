/**
 * The Colyseus rooms: transports around a Workshop and its TableHosts (rooms/table-room.ts,
 * rooms/workshop-room.ts). The server defines them with the services they need, handed to each
 * room at its creation through Colyseus' room options (no module state):
 *
 *   defineRooms(gameServer, { internalKey, workshop: (id) => sessions.get(id), holdSeatMs, stats });
 */
import type { Server } from '@colyseus/core';
import type { RoomServices } from './rooms/guest.js';
import { TableRoom } from './rooms/table-room.js';
import { WorkshopRoom } from './rooms/workshop-room.js';

export type { RoomServices } from './rooms/guest.js';
export { TableRoom } from './rooms/table-room.js';
export { WorkshopRoom } from './rooms/workshop-room.js';

export function defineRooms(server: Server, services: RoomServices): void {
  // Colyseus merges these definition options over the creation options, so `services` is the
  // server's own object in every room (a client can neither create rooms nor set it).
  server.define('table', TableRoom, { services });
  server.define('workshop', WorkshopRoom, { services });
}
