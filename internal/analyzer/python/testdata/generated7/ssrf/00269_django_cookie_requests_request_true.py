# generated case (gen_cases7): category=ssrf rule=PY-SSRF fw=django source=cookie shape=requests_request sink=specific expected=true
import requests

from django.http import JsonResponse
from django.urls import path


def case_00269(request):
    param = request.COOKIES.get("q", "none")
    bar = param
    resp = requests.request("GET", bar, timeout=5)  # want: PY-SSRF PY-HTTP-NO-PROXY
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00269/", case_00269),
]
