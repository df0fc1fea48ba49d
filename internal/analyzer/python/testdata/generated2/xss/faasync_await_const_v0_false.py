# generated case (gen_cases2): rule=PY-XSS context=faasync propagation=await_const sink=v0 expected=false
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


async def normalize(value):
    return "safe"


@app.get("/xss")
async def handle_xss(p: str = ""):
    param = p
    bar = await normalize(param)
    return HTMLResponse("<p>Hello " + bar + "</p>")
