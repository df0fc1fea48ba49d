"""Shop, forum and back-office views."""
import json
import logging

from django.contrib import messages
from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth.decorators import login_required, permission_required
from django.contrib.auth.mixins import LoginRequiredMixin, PermissionRequiredMixin
from django.db import connection
from django.http import FileResponse, HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template import Context, Template
from django.utils.html import escape, format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.views import View
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django.views.generic import DetailView, FormView, ListView, TemplateView

from django.conf import settings

from .forms import ContactForm, CouponForm, ImportForm, PriceUpdateForm, ReplyForm, ReviewForm, SearchForm
from .models import Click, Coupon, Order, Post, Product, Thread
from .services import files, importers, notify, payments
from .utils import audit

logger = logging.getLogger("shop.views")

SORTABLE = {"name", "price", "created"}


# --- catalogue -------------------------------------------------------------

def home(request):
    featured = Product.objects.visible().order_by("-created")[:8]
    return render(request, "shop/home.html", {"featured": featured})


def category(request, name):
    sort = request.GET.get("sort", "name")
    products = Product.objects.by_category(name, sort)
    return render(request, "shop/category.html", {"products": products, "name": name})


def search(request):
    form = SearchForm(request.GET)
    if not form.is_valid():
        return render(request, "shop/search.html", {"form": form, "results": []})
    q = form.cleaned_data["q"]
    sort = form.cleaned_data["sort"]
    if sort:
        results = Product.objects.sorted_search(q, sort)
    else:
        results = Product.objects.search(q)
    return render(request, "shop/search.html", {"form": form, "results": results, "q": q})


class ProductListView(ListView):
    model = Product
    paginate_by = 24
    template_name = "shop/product_list.html"

    def get_queryset(self):
        qs = Product.objects.visible()
        order = self.request.GET.get("order", "name")
        if order.lstrip("-") in SORTABLE:
            qs = qs.order_by(order)
        tag = self.request.GET.get("tag")
        if tag:
            qs = qs.extra(where=["id IN (SELECT product_id FROM shop_tag WHERE label = '%s')" % tag])  # want: PY-SQLI
        return qs

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["order"] = self.request.GET.get("order", "name")
        return ctx


class ProductDetailView(DetailView):
    model = Product
    slug_field = "slug"
    template_name = "shop/product.html"

    def dispatch(self, request, *args, **kwargs):
        source = request.GET.get("src")
        if source:
            request.session["last_source"] = source  # want: PY-TRUST-BOUNDARY
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["share_link"] = format_html(
            '<a href="/products/{}/?src={}">Share</a>', self.object.slug, self.request.GET.get("src", "")
        )
        ctx["reviews"] = self.object.reviews.select_related("author").order_by("-created")[:20]
        return ctx


class ReviewCreateView(LoginRequiredMixin, View):
    def get(self, request, product_id):
        product = get_object_or_404(Product, pk=product_id)
        return render(request, "shop/review_form.html", {"form": ReviewForm(), "product": product})

    def post(self, request, product_id):
        product = get_object_or_404(Product, pk=product_id)
        form = ReviewForm(request.POST)
        if not form.is_valid():
            return render(request, "shop/review_form.html", {"form": form, "product": product}, status=400)
        review = form.save(commit=False)
        review.product = product
        review.author = request.user
        review.save()
        messages.success(request, format_html("Thanks {}, your review of <b>{}</b> is live.", request.user.first_name, product.name))
        return redirect("shop:product", slug=product.slug)


# --- forum -----------------------------------------------------------------

class ForumSearchView(ListView):
    model = Post
    template_name = "forum/search.html"
    paginate_by = 20

    def get_queryset(self):
        term = self.request.GET.get("q", "")
        author = self.request.GET.get("author")
        qs = Post.objects.matching(term)
        if author:
            qs = qs.filter(author__username=author)
        return qs

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        q = self.request.GET.get("q", "")
        ctx["q"] = q
        ctx["banner"] = mark_safe("<em>Results for " + q + "</em>")  # want: PY-XSS
        return ctx


def thread_detail(request, pk):
    thread = get_object_or_404(Thread, pk=pk)
    posts = Post.objects.recent_in(thread.pk)
    highlight = request.GET.get("hl", "")
    return render(request, "forum/thread.html", {"thread": thread, "posts": posts, "highlight": highlight, "form": ReplyForm()})  # want: PY-XSS


@login_required
@require_POST
def reply(request, pk):
    thread = get_object_or_404(Thread, pk=pk)
    form = ReplyForm(request.POST)
    if form.is_valid():
        Post.objects.create(thread=thread, author=request.user, body=form.cleaned_data["body"])
        return redirect("shop:thread", pk=thread.pk)
    return render(request, "forum/thread.html", {"thread": thread, "form": form}, status=400)


@login_required
@require_POST
def preview_post(request):
    body = request.POST.get("body", "")
    return HttpResponse("<div class='preview'>" + body.replace("\n", "<br>") + "</div>")  # want: PY-XSS


@login_required
@require_POST
def preview_plain(request):
    body = request.POST.get("body", "")
    return HttpResponse(body, content_type="text/plain; charset=utf-8")


@login_required
@require_POST
def preview_escaped(request):
    body = request.POST.get("body", "")
    return HttpResponse("<div class='preview'>" + escape(body).replace("\n", "<br>") + "</div>")


class ContactFormView(FormView):
    template_name = "shop/contact.html"
    form_class = ContactForm
    success_url = "/contact/?sent=1"

    def form_valid(self, form):
        data = form.cleaned_data
        notify.send_contact_mail(data["email"], data["subject"], data["message"])
        return super().form_valid(form)


# --- cart and preferences ----------------------------------------------------

@require_POST
def cart_add(request):
    product_id = int(request.POST.get("product", "0"))
    qty = max(1, min(int(request.POST.get("qty", "1")), 20))
    cart = request.session.get("cart", {})
    cart[str(product_id)] = cart.get(str(product_id), 0) + qty
    request.session["cart"] = cart
    nxt = request.POST.get("next", "/")
    if url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return redirect(nxt)
    return redirect("shop:products")


def set_theme(request):
    theme = request.GET.get("theme", "light")
    if theme not in ("light", "dark", "contrast"):
        theme = "light"
    request.session["theme"] = theme
    back = request.GET.get("back", "/")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        back = "/"
    resp = redirect(back)
    resp.set_cookie("theme", theme, max_age=365 * 86400, samesite="Lax")
    return resp


# --- orders ------------------------------------------------------------------

@login_required
def order_list(request):
    status = request.GET.get("status", "")
    orders = Order.objects.for_user(request.user.id, status)
    return render(request, "shop/orders.html", {"orders": orders, "status": status})


@login_required
def order_detail(request, order_id):
    with connection.cursor() as cur:
        cur.execute("SELECT id, reference, total, status FROM shop_order WHERE id = %d AND user_id = %d" % (order_id, request.user.id))
        row = cur.fetchone()
    if row is None:
        return JsonResponse({"error": "not found"}, status=404)
    return JsonResponse({"id": row[0], "reference": row[1], "total": str(row[2]), "status": row[3]})


def order_export(request):  # want: PY-ROUTE-NO-AUTH
    fmt = request.GET.get("format", "csv")
    since = request.GET.get("since", "")
    path = files.export_orders(fmt, since)
    return FileResponse(open(path, "rb"), as_attachment=True)


class InvoiceDownloadView(LoginRequiredMixin, View):
    def get(self, request, order_id):
        order = get_object_or_404(Order, pk=order_id, user=request.user)
        name = request.GET.get("name", "invoice-%d.pdf" % order.pk)
        return files.serve_invoice(order.pk, name)


def media_file(request, relpath):
    return FileResponse(open(files.media_path(relpath), "rb"))  # want: PY-PATH-TRAVERSAL


# --- account -----------------------------------------------------------------

@login_required
@require_POST
def avatar_from_url(request):
    url = request.POST.get("url", "")
    data = files.fetch_avatar(url)
    name = files.save_avatar(request.user.pk, data)
    return JsonResponse({"avatar": "/media/avatars/" + name})


@login_required
def account_settings(request):
    if request.method == "POST":
        resp = redirect("shop:account-settings")
        if request.POST.get("remember") == "on":
            from .utils.security import make_remember_token
            token = make_remember_token(request.user)
            request.user.profile.remember_token = token
            request.user.profile.save()
            resp.set_cookie("remember_token", token, max_age=30 * 86400)  # want: PY-COOKIE-INSECURE
        resp.set_cookie("currency", request.POST.get("currency", "EUR")[:3], max_age=365 * 86400)
        return resp
    return render(request, "shop/account.html")


@login_required
@require_POST
def support_upload(request):
    upload = request.FILES["attachment"]
    path = files.save_upload(upload)
    audit.record(request.user, "support_upload", path=path)
    return JsonResponse({"ok": True})


@login_required
@require_POST
def register_callback(request):
    url = request.POST.get("callback_url", "")
    code = notify.ping_partner(url)
    return JsonResponse({"status": code})


# --- back office -------------------------------------------------------------

@permission_required("shop.change_product", raise_exception=True)
def manage_prices(request):
    form = PriceUpdateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        n = Product.objects.bulk_reprice(form.cleaned_data["category"], form.cleaned_data["percent"])
        audit.record(request.user, "reprice", category=form.cleaned_data["category"], rows=n)
        return redirect("shop:manage-prices")
    return render(request, "manage/prices.html", {"form": form})


@staff_member_required
@require_POST
def manage_refunds(request):
    order = get_object_or_404(Order, reference=request.POST.get("order", ""))
    result = payments.refund(order.reference, request.POST.get("reason", ""))
    audit.record(request.user, "refund", order=order.reference)
    return JsonResponse(result)


@login_required
def manage_coupons(request):  # want: PY-ROUTE-NO-ROLE
    form = CouponForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        form.save()
        return redirect("shop:manage-coupons")
    return render(request, "manage/coupons.html", {"form": form, "coupons": Coupon.objects.order_by("-valid_until")})


@permission_required("shop.add_product", raise_exception=True)
def manage_import(request):
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method != "POST" or not form.is_valid():
        return render(request, "manage/import.html", {"form": form})
    data = request.FILES["feed"].read()
    kind = form.cleaned_data["kind"]
    if kind == "xml":
        count = importers.import_supplier_xml(data)
    elif kind == "yaml":
        count = importers.import_price_list(data)
    else:
        count = importers.restore_backup(data)
    audit.record(request.user, "import", kind=kind, count=count)
    return redirect("shop:manage-import")


@permission_required("shop.add_product", raise_exception=True)
def manage_partner_stock(request):
    count = importers.import_partner_xml(request.FILES["feed"].read())
    return JsonResponse({"updated": count})


@permission_required("shop.change_mailtemplate", raise_exception=True)
@require_POST
def manage_mail_preview(request):
    tpl = Template(request.POST.get("body", ""))  # want: PY-SSTI
    return HttpResponse(tpl.render(Context({"user": request.user, "shop": "Shop"})))


class StaffDashboardView(PermissionRequiredMixin, TemplateView):
    permission_required = "shop.view_order"
    template_name = "manage/dashboard.html"

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        days = int(self.request.GET.get("days", "7"))
        with connection.cursor() as cur:
            cur.execute("SELECT status, COUNT(*) FROM shop_order WHERE created > NOW() - INTERVAL %s DAY GROUP BY status", [days])
            ctx["stats"] = cur.fetchall()
        ctx["notice"] = mark_safe(settings.STAFF_NOTICE_HTML)
        return ctx


# --- misc --------------------------------------------------------------------

def legacy_redirect(request, code):
    return HttpResponseRedirect("/category/" + code.lower() + "/")


def outbound(request, target):
    Click.objects.create(target=target[:500])
    return HttpResponseRedirect(target)  # want: PY-OPEN-REDIRECT


@csrf_exempt
@require_POST
def payment_webhook(request):
    if not payments.verify_signature(request.body, request.headers.get("X-Signature", "")):
        logger.warning("payment webhook with a bad signature from %s", request.META.get("REMOTE_ADDR"))
        return HttpResponse(status=403)
    event = json.loads(request.body)
    try:
        payments.apply_event(event)
    except Exception as exc:
        logger.exception("payment event failed")
        return JsonResponse({"error": str(exc)}, status=500)  # want: PY-VERBOSE-ERROR
    return JsonResponse({"ok": True})


def stock_json(request):
    ids = [int(x) for x in request.GET.getlist("id")[:50]]
    rows = list(Product.objects.filter(pk__in=ids).values("id", "stock"))
    return HttpResponse(json.dumps({"stock": rows, "ids": request.GET.getlist("id")}), content_type="application/json")
