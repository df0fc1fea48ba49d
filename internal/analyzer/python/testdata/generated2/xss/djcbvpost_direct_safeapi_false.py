# generated case (gen_cases2): rule=PY-XSS context=djcbvpost propagation=direct sink=safe-api expected=false
from django.http import JsonResponse
from django.shortcuts import render
from django.urls import path
from django.views import View


class HandleXssView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        bar = param
        return render(request, "hello.html", {"name": bar})


urlpatterns = [
    path("xss/", HandleXssView.as_view(), name="xss"),
]
