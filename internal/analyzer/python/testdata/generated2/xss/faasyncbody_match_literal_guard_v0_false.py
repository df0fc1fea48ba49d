# generated case (gen_cases2): rule=PY-XSS context=faasyncbody propagation=match_literal_guard sink=v0 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.post("/xss")
async def handle_xss(request: Request):
    payload = await request.json()
    param = payload["p"]
    match param:
        case "alpha" | "beta":
            bar = param
        case _:
            bar = "default"
    return HTMLResponse("<p>Hello " + bar + "</p>")
