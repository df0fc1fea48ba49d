# gen2_django_cbv: class-based views
from django.http import HttpResponseRedirect, JsonResponse
from django.views import View

from . import services
from .mixins import GreetingBase


class RestoreView(View):
    def post(self, request):
        obj = services.restore(request.POST.get("state", ""))
        return JsonResponse({"type": type(obj).__name__})


class ArchiveView(View):
    def get(self, request, name):
        return JsonResponse({"rc": services.archive(name)})


class ArchiveIdView(View):
    def get(self, request, num):
        return JsonResponse({"rc": services.archive_id(int(num))})


class WelcomeView(GreetingBase):
    greeting = "Welcome"


class NextView(View):
    def get(self, request):
        return HttpResponseRedirect(request.GET.get("next", "/"))  # want: PY-OPEN-REDIRECT


class HomeView(View):
    def get(self, request):
        return HttpResponseRedirect("/home/")  # safe: PY-OPEN-REDIRECT
