# generated case (gen_cases2): rule=PY-SSRF context=djcbvget propagation=sorted_list sink=v0 expected=true
import requests

from django.http import JsonResponse
from django.urls import path
from django.views import View

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class HandleSsrfView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = sorted([param, "safe"])[0]
        resp = requests.get(bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
        result = resp.status_code
        return JsonResponse({"result": result})


urlpatterns = [
    path("ssrf/", HandleSsrfView.as_view(), name="ssrf"),
]
