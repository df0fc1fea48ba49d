# generated case (gen_cases2): rule=PY-XSS context=faasync propagation=zip_first sink=v0 expected=false
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss")
async def handle_xss(p: str = ""):
    param = p
    bar = ""
    for a, _b in zip(["safe"], [param]):
        bar = a
    return HTMLResponse("<p>Hello " + bar + "</p>")
