# generated case (gen_cases2): rule=PY-XSS context=faasync propagation=recursion_ident sink=v0 expected=true
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


def unwrap(value, depth):
    if depth <= 0:
        return value
    return unwrap(value, depth - 1)


@app.get("/xss")
async def handle_xss(p: str = ""):
    param = p
    bar = unwrap(param, 3)
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
