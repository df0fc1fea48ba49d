# generated case (gen_cases2): rule=PY-XSS context=faasync propagation=await_ident sink=v0 expected=true
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


async def normalize(value):
    return value.strip()


@app.get("/xss")
async def handle_xss(p: str = ""):
    param = p
    bar = await normalize(param)
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
