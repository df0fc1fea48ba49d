# generated case (gen8): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi shape=uuid_new_not_input expected=false
import uuid
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/trustbound_uuid_new_not_input", methods=["GET", "POST"])
def case_uuid_new_not_input(request: Request, q: str = Query("")):
    param = q
    ticket = str(uuid.uuid4())
    note = param[:10]
    request.session["ticket"] = ticket
    return {"result": str(note)}
