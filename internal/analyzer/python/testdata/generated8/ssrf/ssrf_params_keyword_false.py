# generated case (gen8): category=ssrf rule=PY-SSRF fw=django shape=params_keyword expected=false
import requests
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_params_keyword(request):
    param = request.COOKIES.get("q", "")
    resp = requests.get("https://api.example.com/search", params={"q": param}, timeout=5)  # want: PY-HTTP-NO-PROXY
    return JsonResponse({"result": str(resp.status_code)})


urlpatterns = [
    path("ssrf_params_keyword/", case_params_keyword),
]
