# generated case (gen_cases2): rule=PY-XSS context=faasync propagation=partition_const_head sink=v0 expected=false
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss")
async def handle_xss(p: str = ""):
    param = p
    bar = ("safe=" + param).partition("=")[0]
    return HTMLResponse("<p>Hello " + bar + "</p>")
