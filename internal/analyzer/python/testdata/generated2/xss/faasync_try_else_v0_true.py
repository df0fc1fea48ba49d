# generated case (gen_cases2): rule=PY-XSS context=faasync propagation=try_else sink=v0 expected=true
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss")
async def handle_xss(p: str = ""):
    param = p
    try:
        n = len(param)
    except TypeError:
        n = 0
    else:
        n = param
    bar = str(n)
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
