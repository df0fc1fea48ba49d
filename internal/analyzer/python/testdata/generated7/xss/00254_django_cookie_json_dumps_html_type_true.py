# generated case (gen_cases7): category=xss rule=PY-XSS fw=django source=cookie shape=json_dumps_html_type sink=specific expected=true
import json

from django.http import HttpResponse
from django.urls import path


def case_00254(request):
    param = request.COOKIES.get("q", "none")
    bar = param
    return HttpResponse(json.dumps({"q": bar}))  # want: PY-XSS


urlpatterns = [
    path("case-00254/", case_00254),
]
