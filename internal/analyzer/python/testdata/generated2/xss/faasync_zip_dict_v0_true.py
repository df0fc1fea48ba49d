# generated case (gen_cases2): rule=PY-XSS context=faasync propagation=zip_dict sink=v0 expected=true
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss")
async def handle_xss(p: str = ""):
    param = p
    bar = dict(zip(["k"], [param]))["k"]
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
