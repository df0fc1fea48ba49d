# generated case (gen_cases2): rule=PY-XSS context=faasync propagation=defaultdict_missing sink=v0 expected=false
import collections

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss")
async def handle_xss(p: str = ""):
    param = p
    d = collections.defaultdict(str)
    d["p"] = param
    bar = d["q"]
    return HTMLResponse("<p>Hello " + bar + "</p>")
