# generated case (gen8): category=xss rule=PY-XSS fw=fastapi shape=join_list_parts expected=true
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/xss_join_list_parts", methods=["GET", "POST"])
def case_join_list_parts(request: Request, q: str = Cookie("")):
    param = q
    parts = ["<ul><li>", param, "</li></ul>"]
    return HTMLResponse("".join(parts))  # want: PY-XSS
