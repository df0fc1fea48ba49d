# generated case (gen_cases2): rule=PY-SQLI context=fawraps propagation=await_validate_raise sink=v1 expected=false
import functools
import logging
import re
import sqlite3

from fastapi import FastAPI

app = FastAPI()
log = logging.getLogger(__name__)


async def validate(value):
    if not re.fullmatch(r"[a-z0-9]{1,32}", value):
        raise ValueError("invalid")
    return value


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
    bar = await validate(param)
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()
    return {"result": result}
