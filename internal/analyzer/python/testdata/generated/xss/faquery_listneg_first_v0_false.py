# generated case: rule=PY-XSS source=faquery propagation=listneg_first sink=v0 expected=false
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss")
def handle_xss(p: str = ""):
    param = p
    values = [param, "safe", "moresafe"]
    bar = values[-1]
    return HTMLResponse("<p>Hello " + bar + "</p>")
