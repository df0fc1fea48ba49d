# generated case: rule=PY-XSS source=faqueryint propagation=direct sink=v0 expected=false
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss")
def handle_xss(p: int = 0):
    param = str(p)
    bar = param
    return HTMLResponse("<p>Hello " + bar + "</p>")
