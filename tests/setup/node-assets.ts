/** Unit tests run the engine in Node: its word vectors and pair model are read from assets/ first. */
import '../../src/assets/node-assets';
