# generated case (gen_cases2): rule=PY-XSS context=faasync propagation=ternary_allow sink=v0 expected=false
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


ALLOWED = ("alpha", "beta", "gamma")


@app.get("/xss")
async def handle_xss(p: str = ""):
    param = p
    bar = param if param in ALLOWED else "alpha"
    return HTMLResponse("<p>Hello " + bar + "</p>")
