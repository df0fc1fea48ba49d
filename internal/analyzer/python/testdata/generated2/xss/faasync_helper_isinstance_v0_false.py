# generated case (gen_cases2): rule=PY-XSS context=faasync propagation=helper_isinstance sink=v0 expected=false
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


def coerce(value):
    if isinstance(value, int):
        return str(value)
    return "0"


@app.get("/xss")
async def handle_xss(p: str = ""):
    param = p
    bar = coerce(param)
    return HTMLResponse("<p>Hello " + bar + "</p>")
