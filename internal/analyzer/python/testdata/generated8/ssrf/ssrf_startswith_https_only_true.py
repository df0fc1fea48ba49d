# generated case (gen8): category=ssrf rule=PY-SSRF fw=django shape=startswith_https_only expected=true
import requests
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_startswith_https_only(request):
    param = request.GET.get("q", "")
    if not param.startswith("https://"):
        return JsonResponse({"result": str("https only")})
    resp = requests.get(param, timeout=5)  # want: PY-SSRF PY-HTTP-NO-PROXY
    return JsonResponse({"result": str(resp.status_code)})


urlpatterns = [
    path("ssrf_startswith_https_only/", case_startswith_https_only),
]
