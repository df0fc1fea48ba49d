# generated case: rule=PY-XSS source=fapath propagation=int_check_then_raw sink=v1 expected=false
from fastapi import FastAPI, HTTPException
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss/{p}")
def handle_xss(p: str):
    param = p
    try:
        int(param)
    except ValueError:
        raise HTTPException(status_code=400, detail="invalid")
    bar = param
    return HTMLResponse("<p>Hello " + bar + "</p>")
