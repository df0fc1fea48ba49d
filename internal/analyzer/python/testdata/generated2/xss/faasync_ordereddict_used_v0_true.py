# generated case (gen_cases2): rule=PY-XSS context=faasync propagation=ordereddict_used sink=v0 expected=true
from collections import OrderedDict
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss")
async def handle_xss(p: str = ""):
    param = p
    od = OrderedDict([("a", "safe"), ("b", param)])
    bar = od["b"]
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
