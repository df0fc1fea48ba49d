# generated case (gen_cases7): category=ssrf rule=PY-SSRF fw=django source=get shape=urllib3_pool sink=specific expected=true
import urllib3

from django.http import JsonResponse
from django.urls import path


def case_00272(request):
    param = request.GET.get("q", "")
    bar = param
    http = urllib3.PoolManager()
    resp = http.request("GET", bar)  # want: PY-SSRF PY-HTTP-NO-PROXY
    result = resp.status
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00272/", case_00272),
]
