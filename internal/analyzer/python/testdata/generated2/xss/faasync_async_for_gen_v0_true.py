# generated case (gen_cases2): rule=PY-XSS context=faasync propagation=async_for_gen sink=v0 expected=true
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


async def agen(value):
    yield value


@app.get("/xss")
async def handle_xss(p: str = ""):
    param = p
    bar = ""
    async for item in agen(param):
        bar = item
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
