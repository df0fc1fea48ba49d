# generated case (gen_cases2): rule=PY-SQLI context=fawraps propagation=zip_dict sink=v1 expected=true
import functools
import logging
import sqlite3

from fastapi import FastAPI

app = FastAPI()
log = logging.getLogger(__name__)


def audited(view):
    @functools.wraps(view)
    async def wrapper(*args, **kwargs):
        log.info("calling %s", view.__name__)
        return await view(*args, **kwargs)
    return wrapper


@app.get("/sqli")
@audited
async def handle_sqli(p: str = ""):
    param = p
    bar = dict(zip(["k"], [param]))["k"]
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()  # want: PY-SQLI
    return {"result": result}
