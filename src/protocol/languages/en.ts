/** Every protocol catalog in one language: what the engine, the validator and the server say, worded. */
import change from '../change-words.en.json' with { type: 'json' };
import engine from '../engine-words.en.json' with { type: 'json' };
import level from '../level-words.en.json' with { type: 'json' };
import move from '../move-words.en.json' with { type: 'json' };
import server from '../server-words.en.json' with { type: 'json' };
import statement from '../statement-words.en.json' with { type: 'json' };

export default { engine, level, server, change, move, statement };
