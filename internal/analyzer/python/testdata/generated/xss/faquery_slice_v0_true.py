# generated case: rule=PY-XSS source=faquery propagation=slice sink=v0 expected=true
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss")
def handle_xss(p: str = ""):
    param = p
    bar = param[1:]
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
