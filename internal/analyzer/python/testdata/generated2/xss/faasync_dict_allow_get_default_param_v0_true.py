# generated case (gen_cases2): rule=PY-XSS context=faasync propagation=dict_allow_get_default_param sink=v0 expected=true
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


ALLOWED = {"alpha": "alpha", "beta": "beta", "gamma": "gamma"}


@app.get("/xss")
async def handle_xss(p: str = ""):
    param = p
    bar = ALLOWED.get("zeta", param)
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
