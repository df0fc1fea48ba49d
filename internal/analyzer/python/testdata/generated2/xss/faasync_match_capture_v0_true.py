# generated case (gen_cases2): rule=PY-XSS context=faasync propagation=match_capture sink=v0 expected=true
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss")
async def handle_xss(p: str = ""):
    param = p
    match param:
        case str(s):
            bar = s
        case _:
            bar = "default"
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
