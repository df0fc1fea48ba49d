# generated case (gen_cases2): rule=PY-SSRF context=djcbvget propagation=ordereddict_used sink=v0 expected=true
import requests

from collections import OrderedDict
from django.http import JsonResponse
from django.urls import path
from django.views import View

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class HandleSsrfView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        od = OrderedDict([("a", "safe"), ("b", param)])
        bar = od["b"]
        resp = requests.get(bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
        result = resp.status_code
        return JsonResponse({"result": result})


urlpatterns = [
    path("ssrf/", HandleSsrfView.as_view(), name="ssrf"),
]
