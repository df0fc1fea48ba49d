# generated case (gen_cases2): rule=PY-XSS context=faasync propagation=helper_int sink=v0 expected=false
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


def to_int_str(value):
    try:
        return str(int(value))
    except ValueError:
        return "0"


@app.get("/xss")
async def handle_xss(p: str = ""):
    param = p
    bar = to_int_str(param)
    return HTMLResponse("<p>Hello " + bar + "</p>")
