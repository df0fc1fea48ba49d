"""Writes a large generated Python module (default 20 MiB) for the
robustness/speed check of bench/sast.sh: API handlers, service helpers and
lookup tables, with one vulnerable flow in every 50 handlers."""
import sys

target = int(sys.argv[2]) if len(sys.argv) > 2 else 20 * 1024 * 1024
out = open(sys.argv[1], "w")
out.write("import sqlite3\nfrom flask import Flask, request, jsonify\n\napp = Flask(__name__)\n")
size, i = 0, 0
while size < target:
    if i % 5 == 4:
        rows = ",\n".join(f'    ("code-{i}-{j}", {j}, "Label {i}.{j}", {j * 0.5})' for j in range(40))
        block = f"\nTABLE_{i} = [\n{rows}\n]\n"
    else:
        sink = (f'    return conn.execute("SELECT * FROM items WHERE name = \'" + name + "\'").fetchall()\n'
                if i % 50 == 0 else
                '    return conn.execute("SELECT * FROM items WHERE name = ?", (name,)).fetchall()\n')
        block = (f'\n\n@app.route("/api/v1/items/{i}")\ndef items_{i}():\n'
                 f'    name = request.args.get("name", "")\n'
                 f'    limit = int(request.args.get("limit", "20"))\n'
                 f'    rows = lookup_{i}(name, limit)\n'
                 f'    return jsonify(rows)\n\n\n'
                 f'def lookup_{i}(name, limit):\n'
                 f'    conn = sqlite3.connect("shop.db")\n'
                 f'    if limit > 100:\n        limit = 100\n' + sink)
    out.write(block)
    size += len(block)
    i += 1
out.close()
