# gen2_layered: Flask blueprint -> service -> repository (relative imports)
