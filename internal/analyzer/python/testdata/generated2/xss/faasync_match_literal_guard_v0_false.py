# generated case (gen_cases2): rule=PY-XSS context=faasync propagation=match_literal_guard sink=v0 expected=false
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss")
async def handle_xss(p: str = ""):
    param = p
    match param:
        case "alpha" | "beta":
            bar = param
        case _:
            bar = "default"
    return HTMLResponse("<p>Hello " + bar + "</p>")
