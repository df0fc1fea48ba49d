# generated case (gen_cases2): url_has_allowed_host_and_scheme check in a class-based view -> no open redirect
from django.http import HttpResponseRedirect
from django.urls import path
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import View


class NextView(View):
    def get(self, request):
        target = request.GET.get("next", "/")
        if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
            target = "/"
        return HttpResponseRedirect(target)


urlpatterns = [path("next/", NextView.as_view())]
