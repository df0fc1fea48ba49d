# generated case (gen8): category=ssrf rule=PY-SSRF fw=django shape=json_body_url expected=true
import json
import urllib.request
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_json_body_url(request):
    param = request.META.get("HTTP_X_Q", "")
    payload = json.loads(request.body or b"{}")
    url = payload.get("callback", "https://example.com")
    with urllib.request.urlopen(url, timeout=5) as r:  # want: PY-SSRF PY-HTTP-NO-PROXY
        status = r.status
    return JsonResponse({"result": str([param, status])})


urlpatterns = [
    path("ssrf_json_body_url/", case_json_body_url),
]
