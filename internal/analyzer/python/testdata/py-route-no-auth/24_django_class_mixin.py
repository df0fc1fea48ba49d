# AC-1 FALSE: Django class-based views protected with LoginRequiredMixin; the remaining view is the public landing page
from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import JsonResponse
from django.views import View

from .models import Order


class OrderListView(LoginRequiredMixin, View):
    def get(self, request):
        return JsonResponse({"orders": list(Order.objects.filter(user=request.user).values("id", "total"))})


class OrderCancelView(LoginRequiredMixin, View):
    def post(self, request, pk):
        Order.objects.filter(pk=pk, user=request.user).update(status="cancelled")
        return JsonResponse({"ok": True})


@login_required
def order_receipt(request, pk):
    return JsonResponse({"receipt": pk})


def landing(request):
    return JsonResponse({"welcome": True})
