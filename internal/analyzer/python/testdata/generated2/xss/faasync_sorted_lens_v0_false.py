# generated case (gen_cases2): rule=PY-XSS context=faasync propagation=sorted_lens sink=v0 expected=false
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss")
async def handle_xss(p: str = ""):
    param = p
    bar = str(sorted([len(param), 3])[0])
    return HTMLResponse("<p>Hello " + bar + "</p>")
