# generated case (gen9): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi shape=urlencode_query_only expected=false
from urllib.parse import urlencode
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/redirect_urlencode_query_only", methods=["GET", "POST"])
def case_urlencode_query_only(request: Request, q: str = Query("")):
    param = q
    return RedirectResponse("/search?" + urlencode({"q": param}))
