# generated case (gen8): category=ssrf rule=PY-SSRF fw=django shape=host_fstring_with_slash expected=false
import requests
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_host_fstring_with_slash(request):
    param = request.META.get("HTTP_X_Q", "")
    resp = requests.get(f"https://api.example.com/v1/items/{param}", timeout=5)  # want: PY-HTTP-NO-PROXY
    return JsonResponse({"result": str(resp.status_code)})


urlpatterns = [
    path("ssrf_host_fstring_with_slash/", case_host_fstring_with_slash),
]
