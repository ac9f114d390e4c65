<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Sound cards name this backend by its ID.</source>
        <translation>サウンドカードはこの ID でバックエンドを指定します。</translation>
    </message>
    <message>
        <source>Backend:</source>
        <translation>バックエンド:</translation>
    </message>
    <message>
        <source>SPICE (plays in the viewer)</source>
        <translation>SPICE (ビューアーで再生)</translation>
    </message>
    <message>
        <source>PulseAudio</source>
        <translation>PulseAudio</translation>
    </message>
    <message>
        <source>PipeWire</source>
        <translation>PipeWire</translation>
    </message>
    <message>
        <source>ALSA</source>
        <translation>ALSA</translation>
    </message>
    <message>
        <source>JACK</source>
        <translation>JACK</translation>
    </message>
    <message>
        <source>SDL</source>
        <translation>SDL</translation>
    </message>
    <message>
        <source>OSS</source>
        <translation>OSS</translation>
    </message>
    <message>
        <source>D-Bus</source>
        <translation>D-Bus</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>None (silent)</source>
        <translation>なし (無音)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>サーバー:</translation>
    </message>
    <message>
        <source>The PulseAudio server; empty for the default one.</source>
        <translation>PulseAudio サーバー。空欄ならデフォルトのサーバー。</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>Timer period:</source>
        <translation>タイマー周期:</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <source>How often the backend is serviced, in microseconds.</source>
        <translation>バックエンドを処理する間隔 (マイクロ秒)。</translation>
    </message>
    <message>
        <source>Pseudo terminal (pty)</source>
        <translation>疑似端末 (pty)</translation>
    </message>
    <message>
        <source>Output to a file</source>
        <translation>ファイルへの出力</translation>
    </message>
    <message>
        <source>UNIX socket</source>
        <translation>UNIX ソケット</translation>
    </message>
    <message>
        <source>TCP socket</source>
        <translation>TCP ソケット</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>Host device</source>
        <translation>ホストデバイス</translation>
    </message>
    <message>
        <source>Named pipe</source>
        <translation>名前付きパイプ</translation>
    </message>
    <message>
        <source>SPICE channel</source>
        <translation>SPICE チャネル</translation>
    </message>
    <message>
        <source>SPICE port</source>
        <translation>SPICE ポート</translation>
    </message>
    <message>
        <source>QEMU vdagent</source>
        <translation>QEMU vdagent</translation>
    </message>
    <message>
        <source>Virtual console</source>
        <translation>仮想コンソール</translation>
    </message>
    <message>
        <source>Standard input/output</source>
        <translation>標準入出力</translation>
    </message>
    <message>
        <source>Null (discard)</source>
        <translation>Null (破棄)</translation>
    </message>
    <message>
        <source>Device type:</source>
        <translation>デバイスの種類:</translation>
    </message>
    <message>
        <source>Host side:</source>
        <translation>ホスト側:</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>パス:</translation>
    </message>
    <message>
        <source>For a UNIX socket, empty lets libvirt choose one.</source>
        <translation>UNIX ソケットの場合、空欄なら libvirt が選択します。</translation>
    </message>
    <message>
        <source>Host pty:</source>
        <translation>ホストの pty:</translation>
    </message>
    <message>
        <source>The terminal the host allocated for this port while the VM runs.</source>
        <translation>VM の実行中にホストがこのポートに割り当てた端末。</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>モード:</translation>
    </message>
    <message>
        <source>Listen (bind)</source>
        <translation>待ち受け (bind)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>ホスト:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>プロトコル:</translation>
    </message>
    <message>
        <source>Default (raw)</source>
        <translation>デフォルト (raw)</translation>
    </message>
    <message>
        <source>SPICE port name:</source>
        <translation>SPICE ポート名:</translation>
    </message>
    <message>
        <source>Port number:</source>
        <translation>ポート番号:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>ログファイル:</translation>
    </message>
    <message>
        <source>Also write the output to this host file.</source>
        <translation>出力をこのホストのファイルにも書き込みます。</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>シリアル</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>パラレル</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>コンソール</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>The name the guest sees, e.g. org.qemu.guest_agent.0 for the QEMU guest agent.</source>
        <translation>ゲストから見える名前 (例: QEMU ゲストエージェントなら org.qemu.guest_agent.0)。</translation>
    </message>
    <message>
        <source>Guest agent:</source>
        <translation>ゲストエージェント:</translation>
    </message>
    <message>
        <source>Guest address:</source>
        <translation>ゲストのアドレス:</translation>
    </message>
    <message>
        <source>Floppy</source>
        <translation>フロッピー</translation>
    </message>
    <message>
        <source>CCID (smartcard)</source>
        <translation>CCID (スマートカード)</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>Index:</source>
        <translation>インデックス:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>PCI controllers are laid out by libvirt; change them in the XML tab.</source>
        <translation>PCI コントローラーは libvirt が配置します。変更は XML タブで行ってください。</translation>
    </message>
    <message>
        <source>Ports:</source>
        <translation>ポート数:</translation>
    </message>
    <message>
        <source>Ports of the controller (an xHCI USB controller has up to 15).</source>
        <translation>コントローラーのポート数 (xHCI USB コントローラーは最大 15)。</translation>
    </message>
    <message>
        <source>Queues:</source>
        <translation>キュー数:</translation>
    </message>
    <message>
        <source>Driver:</source>
        <translation>ドライバー:</translation>
    </message>
    <message>
        <source>virtiofs (fast, needs shared memory)</source>
        <translation>virtiofs (高速、共有メモリーが必要)</translation>
    </message>
    <message>
        <source>9p (path)</source>
        <translation>9p (パス)</translation>
    </message>
    <message>
        <source>9p (handle)</source>
        <translation>9p (ハンドル)</translation>
    </message>
    <message>
        <source>Loop (LXC)</source>
        <translation>ループ (LXC)</translation>
    </message>
    <message>
        <source>NBD (LXC)</source>
        <translation>NBD (LXC)</translation>
    </message>
    <message>
        <source>ploop</source>
        <translation>ploop</translation>
    </message>
    <message>
        <source>Default (9p)</source>
        <translation>デフォルト (9p)</translation>
    </message>
    <message>
        <source>Access mode:</source>
        <translation>アクセスモード:</translation>
    </message>
    <message>
        <source>Passthrough</source>
        <translation>パススルー</translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation>マップ</translation>
    </message>
    <message>
        <source>Squash</source>
        <translation>スカッシュ</translation>
    </message>
    <message>
        <source>Default (passthrough)</source>
        <translation>デフォルト (パススルー)</translation>
    </message>
    <message>
        <source>How the guest&apos;s file owners and permissions map to the host&apos;s (9p only).</source>
        <translation>ゲストのファイル所有者とパーミッションをホストにどう対応付けるか (9p のみ)。</translation>
    </message>
    <message>
        <source>Source directory:</source>
        <translation>ソースディレクトリー:</translation>
    </message>
    <message>
        <source>The host directory to share.</source>
        <translation>共有するホストのディレクトリー。</translation>
    </message>
    <message>
        <source>Mount tag:</source>
        <translation>マウントタグ:</translation>
    </message>
    <message>
        <source>The name the guest mounts, e.g. mount -t virtiofs TAG /mnt</source>
        <translation>ゲストがマウントするときの名前 (例: mount -t virtiofs TAG /mnt)</translation>
    </message>
    <message>
        <source>Read-only:</source>
        <translation>読み取り専用:</translation>
    </message>
    <message>
        <source>Export the directory read-only.</source>
        <translation>ディレクトリーを読み取り専用で公開します。</translation>
    </message>
    <message>
        <source>SCSI host (vhost)</source>
        <translation>SCSI ホスト (vhost)</translation>
    </message>
    <message>
        <source>Mediated device</source>
        <translation>仲介デバイス (mdev)</translation>
    </message>
    <message>
        <source>Storage (LXC)</source>
        <translation>ストレージ (LXC)</translation>
    </message>
    <message>
        <source>Character (LXC)</source>
        <translation>キャラクター (LXC)</translation>
    </message>
    <message>
        <source>Network (LXC)</source>
        <translation>ネットワーク (LXC)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Managed:</source>
        <translation>管理対象:</translation>
    </message>
    <message>
        <source>libvirt detaches the device from its host driver while the VM runs.</source>
        <translation>VM の実行中は libvirt がデバイスをホストのドライバーから切り離します。</translation>
    </message>
    <message>
        <source>ROM BAR:</source>
        <translation>ROM BAR:</translation>
    </message>
    <message>
        <source>Default (on)</source>
        <translation>デフォルト (オン)</translation>
    </message>
    <message>
        <source>Whether the device&apos;s option ROM is visible to the guest.</source>
        <translation>デバイスのオプション ROM をゲストに見せるかどうか。</translation>
    </message>
    <message>
        <source>Shareable:</source>
        <translation>共有可能:</translation>
    </message>
    <message>
        <source>Boot order:</source>
        <translation>起動順序:</translation>
    </message>
    <message>
        <source>Not bootable</source>
        <translation>起動しない</translation>
    </message>
    <message>
        <source>Intel VT-d</source>
        <translation>Intel VT-d</translation>
    </message>
    <message>
        <source>Arm SMMUv3</source>
        <translation>Arm SMMUv3</translation>
    </message>
    <message>
        <source>virtio-iommu</source>
        <translation>virtio-iommu</translation>
    </message>
    <message>
        <source>Interrupt remapping:</source>
        <translation>割り込みリマッピング:</translation>
    </message>
    <message>
        <source>Needs the split I/O APIC (ioapic driver qemu).</source>
        <translation>分割 I/O APIC (ioapic driver qemu) が必要です。</translation>
    </message>
    <message>
        <source>Caching mode:</source>
        <translation>キャッシュモード:</translation>
    </message>
    <message>
        <source>Needed to pass devices to a nested guest.</source>
        <translation>ネストしたゲストにデバイスを渡すのに必要です。</translation>
    </message>
    <message>
        <source>Extended interrupt mode:</source>
        <translation>拡張割り込みモード:</translation>
    </message>
    <message>
        <source>Device IOTLB:</source>
        <translation>デバイス IOTLB:</translation>
    </message>
    <message>
        <source>Address width:</source>
        <translation>アドレス幅:</translation>
    </message>
    <message>
        <source> bits</source>
        <translation> ビット</translation>
    </message>
    <message>
        <source>Lockspace:</source>
        <translation>ロックスペース:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>キー:</translation>
    </message>
    <message>
        <source>Target path:</source>
        <translation>ターゲットパス:</translation>
    </message>
    <message>
        <source>Offset:</source>
        <translation>オフセット:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>None (no balloon)</source>
        <translation>なし (バルーンなし)</translation>
    </message>
    <message>
        <source>Deflate on OOM:</source>
        <translation>OOM 時に縮小:</translation>
    </message>
    <message>
        <source>Give memory back to the guest before its out-of-memory killer runs.</source>
        <translation>ゲストの OOM キラーが動く前にメモリーをゲストに返します。</translation>
    </message>
    <message>
        <source>Free page reporting:</source>
        <translation>空きページの報告:</translation>
    </message>
    <message>
        <source>The guest reports free memory so the host can reclaim it.</source>
        <translation>ゲストが空きメモリーを報告し、ホストが回収できるようにします。</translation>
    </message>
    <message>
        <source>Statistics every:</source>
        <translation>統計の間隔:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How often the guest reports memory statistics; a running VM takes this at once.</source>
        <translation>ゲストがメモリー統計を報告する間隔。実行中の VM にはすぐに反映されます。</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>サイズ:</translation>
    </message>
    <message>
        <source>NUMA node:</source>
        <translation>NUMA ノード:</translation>
    </message>
    <message>
        <source>Requested:</source>
        <translation>要求サイズ:</translation>
    </message>
    <message>
        <source>Block size:</source>
        <translation>ブロックサイズ:</translation>
    </message>
    <message>
        <source>Backing file:</source>
        <translation>バッキングファイル:</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>アクセス:</translation>
    </message>
    <message>
        <source>ISA (pvpanic port)</source>
        <translation>ISA (pvpanic ポート)</translation>
    </message>
    <message>
        <source>PCI pvpanic</source>
        <translation>PCI pvpanic</translation>
    </message>
    <message>
        <source>Hyper-V crash MSRs</source>
        <translation>Hyper-V クラッシュ MSR</translation>
    </message>
    <message>
        <source>pSeries (POWER)</source>
        <translation>pSeries (POWER)</translation>
    </message>
    <message>
        <source>s390</source>
        <translation>s390</translation>
    </message>
    <message>
        <source>What happens after a crash is set by the VM&apos;s on_crash action.</source>
        <translation>クラッシュ後の動作は VM の on_crash アクションで設定します。</translation>
    </message>
    <message>
        <source>Bus:</source>
        <translation>バス:</translation>
    </message>
    <message>
        <source>TCP usbredir server</source>
        <translation>TCP usbredir サーバー</translation>
    </message>
    <message>
        <source>Host random device</source>
        <translation>ホストの乱数デバイス</translation>
    </message>
    <message>
        <source>QEMU&apos;s built-in generator</source>
        <translation>QEMU 内蔵の生成器</translation>
    </message>
    <message>
        <source>Entropy gathering daemon (EGD)</source>
        <translation>エントロピー収集デーモン (EGD)</translation>
    </message>
    <message>
        <source>Host device:</source>
        <translation>ホストデバイス:</translation>
    </message>
    <message>
        <source>Usually /dev/urandom.</source>
        <translation>通常は /dev/urandom です。</translation>
    </message>
    <message>
        <source>Rate limit:</source>
        <translation>レート制限:</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>無制限</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> バイト</translation>
    </message>
    <message>
        <source>At most this many bytes per period.</source>
        <translation>1 周期あたりの最大バイト数。</translation>
    </message>
    <message>
        <source>Rate period:</source>
        <translation>レート周期:</translation>
    </message>
    <message>
        <source>Default (1000 ms)</source>
        <translation>デフォルト (1000 ミリ秒)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ミリ秒</translation>
    </message>
    <message>
        <source>VMs with the same name share the region.</source>
        <translation>同じ名前の VM どうしで領域を共有します。</translation>
    </message>
    <message>
        <source>Default (4 MiB)</source>
        <translation>デフォルト (4 MiB)</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>役割:</translation>
    </message>
    <message>
        <source>Master (migrates the contents)</source>
        <translation>マスター (内容を移行する)</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>ピア</translation>
    </message>
    <message>
        <source>Server socket:</source>
        <translation>サーバーソケット:</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>Pseudo terminal</source>
        <translation>疑似端末</translation>
    </message>
    <message>
        <source>Host reader</source>
        <translation>ホストのカードリーダー</translation>
    </message>
    <message>
        <source>Host certificates</source>
        <translation>ホストの証明書</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>チャネル:</translation>
    </message>
    <message>
        <source>Certificate database:</source>
        <translation>証明書データベース:</translation>
    </message>
    <message>
        <source>Default: /etc/pki/nssdb</source>
        <translation>デフォルト: /etc/pki/nssdb</translation>
    </message>
    <message>
        <source>CRB (tpm-crb)</source>
        <translation>CRB (tpm-crb)</translation>
    </message>
    <message>
        <source>TIS (tpm-tis)</source>
        <translation>TIS (tpm-tis)</translation>
    </message>
    <message>
        <source>sPAPR (tpm-spapr, POWER)</source>
        <translation>sPAPR (tpm-spapr、POWER)</translation>
    </message>
    <message>
        <source>sPAPR proxy (POWER)</source>
        <translation>sPAPR プロキシ (POWER)</translation>
    </message>
    <message>
        <source>Emulated (swtpm)</source>
        <translation>エミュレート (swtpm)</translation>
    </message>
    <message>
        <source>Host TPM passed through</source>
        <translation>ホストの TPM をパススルー</translation>
    </message>
    <message>
        <source>External swtpm socket</source>
        <translation>外部 swtpm ソケット</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>バージョン:</translation>
    </message>
    <message>
        <source>Windows 11 needs TPM 2.0.</source>
        <translation>Windows 11 には TPM 2.0 が必要です。</translation>
    </message>
    <message>
        <source>Keep state:</source>
        <translation>状態を保持:</translation>
    </message>
    <message>
        <source>Keep the TPM&apos;s state when the VM is undefined.</source>
        <translation>VM の定義を削除しても TPM の状態を残します。</translation>
    </message>
    <message>
        <source>Usually /dev/tpm0.</source>
        <translation>通常は /dev/tpm0 です。</translation>
    </message>
    <message>
        <source>Automatic CID:</source>
        <translation>CID を自動割り当て:</translation>
    </message>
    <message>
        <source>Let libvirt pick a free context id.</source>
        <translation>空いているコンテキスト ID を libvirt に選ばせます。</translation>
    </message>
    <message>
        <source>CID:</source>
        <translation>CID:</translation>
    </message>
    <message>
        <source>The guest&apos;s address; 0–2 are reserved.</source>
        <translation>ゲストのアドレス。0–2 は予約済みです。</translation>
    </message>
    <message>
        <source>i6300esb is a PCI device for any machine; iTCO is built into Q35 machines.</source>
        <translation>i6300esb はどのマシンでも使える PCI デバイス、iTCO は Q35 マシンに内蔵されています。</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>アクション:</translation>
    </message>
    <message>
        <source>Reset the VM</source>
        <translation>VM をリセット</translation>
    </message>
    <message>
        <source>Shut the guest down gracefully</source>
        <translation>ゲストを正常にシャットダウン</translation>
    </message>
    <message>
        <source>Power the VM off</source>
        <translation>VM の電源を切る</translation>
    </message>
    <message>
        <source>Pause the VM</source>
        <translation>VM を一時停止</translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation>何もしない</translation>
    </message>
    <message>
        <source>Dump the guest&apos;s memory</source>
        <translation>ゲストのメモリーをダンプ</translation>
    </message>
    <message>
        <source>Inject an NMI into the guest</source>
        <translation>ゲストに NMI を送る</translation>
    </message>
    <message>
        <source>Default (reset)</source>
        <translation>デフォルト (リセット)</translation>
    </message>
    <message>
        <source>What happens when the guest stops feeding the watchdog.</source>
        <translation>ゲストがウォッチドッグへの応答を止めたときの動作。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>デバッグ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>発生元</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>an error on the link</source>
        <translation>通信路のエラー</translation>
    </message>
    <message>
        <source>the host closed the connection</source>
        <translation>ホストが接続を閉じました</translation>
    </message>
    <message>
        <source>the host stopped answering</source>
        <translation>ホストが応答しなくなりました</translation>
    </message>
    <message>
        <source>closed here</source>
        <translation>こちら側で切断</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>Not connected to {uri}</source>
        <translation>{uri} に接続していません</translation>
    </message>
    <message>
        <source>{uri} does not go over virtdesk&apos;s SSH</source>
        <translation>{uri} は virtdesk の SSH を経由しません</translation>
    </message>
    <message>
        <source>{host} answers again</source>
        <translation>{host} が再び応答しています</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>{host} is not answering</source>
        <translation>{host} が応答しません</translation>
    </message>
    <message>
        <source>Request failed</source>
        <translation>要求に失敗しました</translation>
    </message>
    <message>
        <source>Not opened: this connection makes libvirt run the program {program}. Confirm it before connecting.</source>
        <translation>開いていません: この接続では libvirt がプログラム {program} を実行します。接続する前に確認してください。</translation>
    </message>
    <message>
        <source>Could not open {uri}</source>
        <translation>{uri} を開けませんでした</translation>
    </message>
    <message>
        <source>Authentication cancelled</source>
        <translation>認証がキャンセルされました</translation>
    </message>
    <message>
        <source>Could not connect to {uri}</source>
        <translation>{uri} に接続できませんでした</translation>
    </message>
    <message>
        <source>Connection lost: {reason}</source>
        <translation>接続が切れました: {reason}</translation>
    </message>
    <message>
        <source>Reading the configuration of {name}</source>
        <translation>{name} の設定を読み込み中</translation>
    </message>
    <message>
        <source>Saving the configuration of {name}</source>
        <translation>{name} の設定を保存中</translation>
    </message>
    <message>
        <source>The configuration was changed elsewhere (for example with virsh) after this window read it. Nothing was saved; reload to see the new configuration, then make your change again.</source>
        <translation>このウィンドウが読み込んだ後に、設定が別の場所 (virsh など) で変更されました。何も保存していません。再読み込みして新しい設定を確認してから、もう一度変更してください。</translation>
    </message>
    <message>
        <source>“{mac}” is not a MAC address (six pairs of hex digits separated by colons).</source>
        <translation>“{mac}” は MAC アドレスではありません (コロンで区切った 2 桁の 16 進数 6 組)。</translation>
    </message>
    <message>
        <source>“{mac}” is a multicast address; a NIC needs a unicast one.</source>
        <translation>“{mac}” はマルチキャストアドレスです。NIC にはユニキャストアドレスが必要です。</translation>
    </message>
    <message>
        <source>Another NIC of this VM already has the MAC address {mac}.</source>
        <translation>この VM の別の NIC が既に MAC アドレス {mac} を使っています。</translation>
    </message>
    <message>
        <source>{device} is no longer in the configuration of this VM.</source>
        <translation>{device} はもうこの VM の設定にありません。</translation>
    </message>
    <message>
        <source>CD-ROM</source>
        <translation>CD-ROM</translation>
    </message>
    <message>
        <source>LUN</source>
        <translation>LUN</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>NIC {mac}</source>
        <translation>NIC {mac}</translation>
    </message>
    <message>
        <source>Host {type} device {where}</source>
        <translation>ホスト {type} デバイス {where}</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>コントローラー</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>ディスプレイ</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>ビデオ</translation>
    </message>
    <message>
        <source>Filesystem</source>
        <translation>ファイルシステム</translation>
    </message>
    <message>
        <source>TPM</source>
        <translation>TPM</translation>
    </message>
    <message>
        <source>Watchdog</source>
        <translation>ウォッチドッグ</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>サウンド</translation>
    </message>
    <message>
        <source>RNG</source>
        <translation>RNG</translation>
    </message>
    <message>
        <source>Smartcard</source>
        <translation>スマートカード</translation>
    </message>
    <message>
        <source>USB redirector</source>
        <translation>USB リダイレクター</translation>
    </message>
    <message>
        <source>Panic notifier</source>
        <translation>パニック通知</translation>
    </message>
    <message>
        <source>VSOCK</source>
        <translation>VSOCK</translation>
    </message>
    <message>
        <source>Memory balloon</source>
        <translation>メモリーバルーン</translation>
    </message>
    <message>
        <source>The PS/2 mouse and keyboard are part of the machine.</source>
        <translation>PS/2 マウスとキーボードはマシンの一部です。</translation>
    </message>
    <message>
        <source>This controller is built into the machine.</source>
        <translation>このコントローラーはマシンに内蔵されています。</translation>
    </message>
    <message>
        <source>The display needs a video device; add another one first.</source>
        <translation>ディスプレイにはビデオデバイスが必要です。先に別のビデオデバイスを追加してください。</translation>
    </message>
    <message>
        <source>libvirt always adds a balloon; set its model to “none” on its page instead.</source>
        <translation>libvirt は常にバルーンを追加します。代わりにそのページでモデルを “none” にしてください。</translation>
    </message>
    <message>
        <source>Attach {device}</source>
        <translation>{device} を接続</translation>
    </message>
    <message>
        <source>Detach {device}</source>
        <translation>{device} を取り外し</translation>
    </message>
    <message>
        <source>The disk image {path} is used by {vms}; it was not deleted.</source>
        <translation>ディスクイメージ {path} は {vms} が使用しているため、削除しませんでした。</translation>
    </message>
    <message>
        <source>QEMU/KVM</source>
        <translation>QEMU/KVM</translation>
    </message>
    <message>
        <source>QEMU/KVM user session</source>
        <translation>QEMU/KVM ユーザーセッション</translation>
    </message>
    <message>
        <source>Xen</source>
        <translation>Xen</translation>
    </message>
    <message>
        <source>Linux containers (LXC)</source>
        <translation>Linux コンテナー (LXC)</translation>
    </message>
    <message>
        <source>OpenVZ</source>
        <translation>OpenVZ</translation>
    </message>
    <message>
        <source>bhyve (FreeBSD)</source>
        <translation>bhyve (FreeBSD)</translation>
    </message>
    <message>
        <source>VirtualBox</source>
        <translation>VirtualBox</translation>
    </message>
    <message>
        <source>Cloud Hypervisor</source>
        <translation>Cloud Hypervisor</translation>
    </message>
    <message>
        <source>Test driver</source>
        <translation>テストドライバー</translation>
    </message>
    <message>
        <source>Local (this machine)</source>
        <translation>ローカル (このマシン)</translation>
    </message>
    <message>
        <source>SSH (virtdesk&apos;s own SSH)</source>
        <translation>SSH (virtdesk 内蔵の SSH)</translation>
    </message>
    <message>
        <source>SSH (the system ssh program)</source>
        <translation>SSH (システムの ssh プログラム)</translation>
    </message>
    <message>
        <source>TLS (certificates)</source>
        <translation>TLS (証明書)</translation>
    </message>
    <message>
        <source>TCP (unencrypted unless SASL)</source>
        <translation>TCP (SASL を使わない限り暗号化なし)</translation>
    </message>
    <message>
        <source>SSH (libvirt&apos;s libssh)</source>
        <translation>SSH (libvirt の libssh)</translation>
    </message>
    <message>
        <source>SSH (libvirt&apos;s libssh2)</source>
        <translation>SSH (libvirt の libssh2)</translation>
    </message>
    <message>
        <source>Reading the display password of {name}</source>
        <translation>{name} のディスプレイのパスワードを読み取り中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Still running.</source>
        <translation>まだ実行中です。</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>完了しました。</translation>
    </message>
    <message>
        <source>Cancelled: what is listed above was done, nothing after it.</source>
        <translation>キャンセルしました: 上に挙げた処理は完了しており、それ以降は何も行われていません。</translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation>失敗: {error}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <source>Run a Program?</source>
        <translation>プログラムを実行しますか?</translation>
    </message>
    <message>
        <source>Opening {uri} makes libvirt run this program on this computer:

{program}

It runs with your rights. Connect only if you trust it.</source>
        <translation>{uri} を開くと、libvirt がこのコンピューター上で次のプログラムを実行します:

{program}

このプログラムはあなたの権限で実行されます。信頼できる場合にのみ接続してください。</translation>
    </message>
    <message>
        <source>Run It and Connect</source>
        <translation>実行して接続</translation>
    </message>
    <message>
        <source>Remove the Old Host Key?</source>
        <translation>古いホスト鍵を削除しますか?</translation>
    </message>
    <message>
        <source>The host key of {host} (port {port}) has changed.

On record: {old}
Offered now: {type} {fingerprint}

Someone may be intercepting the connection. Remove the old key only if you know the host&apos;s key was changed on purpose (for example, the host was reinstalled). You will then be asked about the new key.</source>
        <translation>{host} (ポート {port}) のホスト鍵が変更されています。

記録されている鍵: {old}
今回提示された鍵: {type} {fingerprint}

何者かが接続を傍受している可能性があります。ホスト鍵が意図的に変更された (ホストを再インストールしたなど) と分かっている場合にのみ、古い鍵を削除してください。削除すると、新しい鍵を信頼するかどうかを確認します。</translation>
    </message>
    <message>
        <source>Remove Old Key</source>
        <translation>古い鍵を削除</translation>
    </message>
    <message>
        <source>Could not remove the old host key</source>
        <translation>古いホスト鍵を削除できませんでした</translation>
    </message>
    <message>
        <source>Old Key Kept Elsewhere</source>
        <translation>古い鍵が別の場所にも残っています</translation>
    </message>
    <message>
        <source>The old key is also in a file virtdesk does not change:

{where}

Remove it there (for example with ssh-keygen -R), then connect again.</source>
        <translation>古い鍵は、virtdesk が変更しないファイルにも記録されています:

{where}

そのファイルから鍵を削除してから (ssh-keygen -R などで)、もう一度接続してください。</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>すべてのファイル</translation>
    </message>
    <message>
        <source>Disk images and ISO files</source>
        <translation>ディスクイメージと ISO ファイル</translation>
    </message>
    <message>
        <source>Choose a Folder</source>
        <translation>フォルダーの選択</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>ファイルの選択</translation>
    </message>
    <message>
        <source>it runs on FreeBSD only; connect to a FreeBSD host over the network.</source>
        <translation>FreeBSD でのみ動作します。ネットワーク経由で FreeBSD ホストに接続してください。</translation>
    </message>
    <message>
        <source>libvirt&apos;s {module} is not installed (Debian package {package}).</source>
        <translation>libvirt の {module} がインストールされていません (Debian パッケージ {package})。</translation>
    </message>
    <message>
        <source>libvirt&apos;s {module} is not installed.</source>
        <translation>libvirt の {module} がインストールされていません。</translation>
    </message>
    <message>
        <source>no libvirt daemon to run it is installed (libvirtd or {daemon}).</source>
        <translation>実行するための libvirt デーモン (libvirtd または {daemon}) がインストールされていません。</translation>
    </message>
    <message>
        <source>this machine&apos;s kernel cannot run it (there is no /{file}).</source>
        <translation>このマシンのカーネルでは実行できません (/{file} がありません)。</translation>
    </message>
    <message>
        <source>{path} (or {user_path})</source>
        <translation>{path} (または {user_path})</translation>
    </message>
    <message>
        <source>Starting the pool {name}</source>
        <translation>プール {name} を起動中</translation>
    </message>
    <message>
        <source>Stopping the pool {name}</source>
        <translation>プール {name} を停止中</translation>
    </message>
    <message>
        <source>Refreshing the pool {name}</source>
        <translation>プール {name} を更新中</translation>
    </message>
    <message>
        <source>Turning autostart on for the pool {name}</source>
        <translation>プール {name} の自動起動をオンに設定中</translation>
    </message>
    <message>
        <source>Turning autostart off for the pool {name}</source>
        <translation>プール {name} の自動起動をオフに設定中</translation>
    </message>
    <message>
        <source>Reading the definition of the pool {name}</source>
        <translation>プール {name} の定義を読み込み中</translation>
    </message>
    <message>
        <source>Changing the definition of the pool {name}</source>
        <translation>プール {name} の定義を変更中</translation>
    </message>
    <message>
        <source>the directory {path}</source>
        <translation>ディレクトリー {path}</translation>
    </message>
    <message>
        <source>the mount point {path} (the file system on {device} stays)</source>
        <translation>マウントポイント {path} ({device} 上のファイルシステムは残ります)</translation>
    </message>
    <message>
        <source>the mount point {path} (the files on {host} stay)</source>
        <translation>マウントポイント {path} ({host} 上のファイルは残ります)</translation>
    </message>
    <message>
        <source>the volume group {name} with all its logical volumes, and the LVM labels of {devices}</source>
        <translation>ボリュームグループ {name} とそのすべての論理ボリューム、および {devices} の LVM ラベル</translation>
    </message>
    <message>
        <source>the volume group {name} with all its logical volumes</source>
        <translation>ボリュームグループ {name} とそのすべての論理ボリューム</translation>
    </message>
    <message>
        <source>the partition table of {device} (every partition on it is lost)</source>
        <translation>{device} のパーティションテーブル (その上のパーティションはすべて失われます)</translation>
    </message>
    <message>
        <source>the ZFS pool {name} with everything in it</source>
        <translation>ZFS プール {name} とその中身すべて</translation>
    </message>
    <message>
        <source>libvirt deletes a pool&apos;s directory only when it is empty: delete its volumes first.</source>
        <translation>libvirt はプールのディレクトリーが空の場合にのみ削除します。先にボリュームを削除してください。</translation>
    </message>
    <message>
        <source>The pool was stopped and its storage deleted, but its definition could not be removed: {error}</source>
        <translation>プールを停止してストレージを削除しましたが、定義を削除できませんでした: {error}</translation>
    </message>
    <message>
        <source>The pool&apos;s storage was deleted, but its definition could not be removed: {error}</source>
        <translation>プールのストレージを削除しましたが、定義を削除できませんでした: {error}</translation>
    </message>
    <message>
        <source>The pool was stopped, but its definition could not be removed: {error}</source>
        <translation>プールを停止しましたが、定義を削除できませんでした: {error}</translation>
    </message>
    <message>
        <source>The pool was stopped, but its storage could not be deleted: {error}. It is still defined.</source>
        <translation>プールを停止しましたが、ストレージを削除できませんでした: {error}。プールは定義されたままです。</translation>
    </message>
    <message>
        <source>Deleting the pool {name} and its storage</source>
        <translation>プール {name} とそのストレージを削除中</translation>
    </message>
    <message>
        <source>Deleting the pool {name}</source>
        <translation>プール {name} を削除中</translation>
    </message>
    <message>
        <source>The key file {path} cannot be used: {error}.</source>
        <translation>鍵ファイル {path} を使用できません: {error}。</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>サーバーが接続を閉じました。</translation>
    </message>
    <message>
        <source>agent key {key_type} {fingerprint}</source>
        <translation>エージェントの鍵 {key_type} {fingerprint}</translation>
    </message>
    <message>
        <source>key file {path}</source>
        <translation>鍵ファイル {path}</translation>
    </message>
    <message>
        <source>The SSH agent at {path} did not answer ({error}).</source>
        <translation>{path} の SSH エージェントが応答しませんでした ({error})。</translation>
    </message>
    <message>
        <source>The key file {path} does not exist.</source>
        <translation>鍵ファイル {path} は存在しません。</translation>
    </message>
    <message>
        <source>The key file {path} needs its passphrase, which was not given.</source>
        <translation>鍵ファイル {path} にはパスフレーズが必要ですが、入力されませんでした。</translation>
    </message>
    <message>
        <source>The passphrase for {path} was wrong {count} times.</source>
        <translation>{path} のパスフレーズが {count} 回間違っていました。</translation>
    </message>
    <message>
        <source>A password login needs someone to type the password.</source>
        <translation>パスワードによるログインには、パスワードを入力する人が必要です。</translation>
    </message>
    <message>
        <source>A keyboard-interactive login needs someone to answer the server&apos;s questions.</source>
        <translation>キーボード対話型のログインには、サーバーからの質問に答える人が必要です。</translation>
    </message>
    <message>
        <source>SSH handshake</source>
        <translation>SSH ハンドシェイク</translation>
    </message>
    <message>
        <source>the host closed the connection during the handshake</source>
        <translation>ハンドシェイク中にホストが接続を閉じました</translation>
    </message>
    <message>
        <source>{path} cannot be read: {error}</source>
        <translation>{path} を読み込めません: {error}</translation>
    </message>
    <message>
        <source>{path} cannot be applied to {host}: {error}</source>
        <translation>{path} を {host} に適用できません: {error}</translation>
    </message>
    <message>
        <source>ProxyJump {spec!r} has an invalid port</source>
        <translation>ProxyJump {spec!r} のポートが無効です</translation>
    </message>
    <message>
        <source>ProxyJump {spec!r} names no host</source>
        <translation>ProxyJump {spec!r} にホストが指定されていません</translation>
    </message>
    <message>
        <source>ProxyJump for {host} goes through more than {count} hosts (a loop?)</source>
        <translation>{host} の ProxyJump が {count} 台を超えるホストを経由しています (ループしていませんか?)</translation>
    </message>
    <message>
        <source>{path} sets a ProxyCommand for {host}; virtdesk&apos;s SSH does not run programs. Use the system ssh transport for this host, or ProxyJump.</source>
        <translation>{path} で {host} に ProxyCommand が設定されていますが、virtdesk の SSH はプログラムを実行しません。このホストにはシステムの ssh のトランスポートを使うか、ProxyJump を使ってください。</translation>
    </message>
    <message>
        <source>{path}: {error}</source>
        <translation>{path}: {error}</translation>
    </message>
    <message>
        <source>The {what} {value!r} cannot be used: {reason}.</source>
        <translation>{what} {value!r} は使用できません: {reason}。</translation>
    </message>
    <message>
        <source>{host} refused the connection on port {port}: no SSH server listens there.</source>
        <translation>{host} がポート {port} への接続を拒否しました: このポートで待ち受けている SSH サーバーはありません。</translation>
    </message>
    <message>
        <source>{host} (port {port}) did not answer within {seconds:g} seconds.</source>
        <translation>{host} (ポート {port}) から {seconds:g} 秒以内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>{host} (port {port}) did not finish the {stage} within {seconds:g} seconds.</source>
        <translation>{host} (ポート {port}) で {seconds:g} 秒以内に {stage} が完了しませんでした。</translation>
    </message>
    <message>
        <source>The host name {host} cannot be resolved: {detail}.</source>
        <translation>ホスト名 {host} を解決できません: {detail}。</translation>
    </message>
    <message>
        <source>Cannot reach {host} on port {port}: {detail}.</source>
        <translation>{host} のポート {port} に到達できません: {detail}。</translation>
    </message>
    <message>
        <source>The SSH handshake with {host} (port {port}) failed: {detail}.</source>
        <translation>{host} (ポート {port}) との SSH ハンドシェイクに失敗しました: {detail}。</translation>
    </message>
    <message>
        <source>Authentication as {target} failed. Tried: {tried}. The server accepts: {allowed}.</source>
        <translation>{target} としての認証に失敗しました。試した方法: {tried}。サーバーが受け付ける方法: {allowed}。</translation>
    </message>
    <message>
        <source>Authentication as {target} failed. Tried: {tried}.</source>
        <translation>{target} としての認証に失敗しました。試した方法: {tried}。</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Logging in as {target} was cancelled.</source>
        <translation>{target} としてのログインはキャンセルされました。</translation>
    </message>
    <message>
        <source>The host key of {host} (port {port}) is not known: {key_type} key {fingerprint}. Nobody was there to confirm it, so virtdesk did not connect.</source>
        <translation>{host} (ポート {port}) のホスト鍵は未知のものです: {key_type} 鍵 {fingerprint}。確認できる人がいなかったため、virtdesk は接続しませんでした。</translation>
    </message>
    <message>
        <source>The host key of {host} (port {port}), {key_type} {fingerprint}, was not accepted.</source>
        <translation>{host} (ポート {port}) のホスト鍵 {key_type} {fingerprint} は受け入れられませんでした。</translation>
    </message>
    <message>
        <source>WARNING: the host key of {host} (port {port}) has changed. It was {old}; the host now offers {key_type} key {fingerprint}. Someone may be intercepting the connection. virtdesk refuses to connect; if the key was changed on purpose, remove the old key first.</source>
        <translation>警告: {host} (ポート {port}) のホスト鍵が変更されています。以前の鍵は {old} でしたが、現在ホストは {key_type} 鍵 {fingerprint} を提示しています。何者かが接続を傍受している可能性があります。virtdesk は接続を拒否します。鍵が意図的に変更された場合は、先に古い鍵を削除してください。</translation>
    </message>
    <message>
        <source>The host key of {host} (port {port}), {key_type} {fingerprint}, is marked revoked in {where}. virtdesk refuses to connect.</source>
        <translation>{host} (ポート {port}) のホスト鍵 {key_type} {fingerprint} は {where} で失効済みとされています。virtdesk は接続を拒否します。</translation>
    </message>
    <message>
        <source>libvirt is not installed on {host}: neither virt-ssh-helper, a libvirt daemon nor a libvirt socket was found there.</source>
        <translation>{host} には libvirt がインストールされていません: virt-ssh-helper、libvirt デーモン、libvirt ソケットのいずれも見つかりませんでした。</translation>
    </message>
    <message>
        <source>{host} has libvirt but no way to reach it over SSH: install virt-ssh-helper (libvirt 6.8 or later), netcat with UNIX-socket support (netcat-openbsd) or socat there.</source>
        <translation>{host} には libvirt がありますが、SSH 経由で libvirt に接続する手段がありません: そのホストに virt-ssh-helper (libvirt 6.8 以降)、UNIX ソケット対応の netcat (netcat-openbsd)、または socat をインストールしてください。</translation>
    </message>
    <message>
        <source>No libvirt daemon answers for {uri} on {host}: none of {looked_at} exists. Is the daemon running?</source>
        <translation>{host} 上で {uri} に応答する libvirt デーモンがありません: {looked_at} のいずれも存在しません。デーモンは実行されていますか?</translation>
    </message>
    <message>
        <source>The SSH connection to {target} is closed: {reason}</source>
        <translation>{target} への SSH 接続は閉じられています: {reason}</translation>
    </message>
    <message>
        <source>{target} did not open {what}: {detail}.</source>
        <translation>{target} で {what} を開けませんでした: {detail}。</translation>
    </message>
    <message>
        <source>{target} does not offer SFTP, so its files cannot be browsed: {detail}.</source>
        <translation>{target} は SFTP を提供していないため、ファイルを参照できません: {detail}。</translation>
    </message>
    <message>
        <source>{path} on {target} cannot be read: {detail}.</source>
        <translation>{target} 上の {path} を読み込めません: {detail}。</translation>
    </message>
    <message>
        <source>{path} does not exist on {target}.</source>
        <translation>{target} 上に {path} は存在しません。</translation>
    </message>
    <message>
        <source>{target} does not let this user read {path} (permission denied).</source>
        <translation>{target} 上の {path} をこのユーザーは読み込めません (アクセスが拒否されました)。</translation>
    </message>
    <message>
        <source>SFTP request</source>
        <translation>SFTP 要求</translation>
    </message>
    <message>
        <source>the SFTP channel closed</source>
        <translation>SFTP チャネルが閉じられました</translation>
    </message>
    <message>
        <source>a name there is not UTF-8 text</source>
        <translation>UTF-8 のテキストではない名前があります</translation>
    </message>
    <message>
        <source>the server refused the SFTP subsystem</source>
        <translation>サーバーが SFTP サブシステムを拒否しました</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>socket</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <source>socat cannot name a path with : , ! quotes or spaces</source>
        <translation>socat では : , ! 引用符、空白を含むパスを指定できません</translation>
    </message>
    <message>
        <source>the host stopped answering (no answer for {seconds:g} seconds)</source>
        <translation>ホストが応答しなくなりました ({seconds:g} 秒間応答なし)</translation>
    </message>
    <message>
        <source>virtdesk is closing</source>
        <translation>virtdesk を終了しています</translation>
    </message>
    <message>
        <source>closed by virtdesk</source>
        <translation>virtdesk が切断しました</translation>
    </message>
    <message>
        <source>a command channel</source>
        <translation>コマンドチャネル</translation>
    </message>
    <message>
        <source>no longer used</source>
        <translation>使われなくなりました</translation>
    </message>
    <message>
        <source>a connection to {host} port {port}</source>
        <translation>{host} のポート {port} への接続</translation>
    </message>
    <message>
        <source>command on the host</source>
        <translation>ホスト上のコマンド</translation>
    </message>
    <message>
        <source>path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>a host name has only letters, digits, dots, &apos;-&apos; and &apos;_&apos;, and does not start with &apos;-&apos;</source>
        <translation>ホスト名に使えるのは英字、数字、ドット、&apos;-&apos;、&apos;_&apos; だけで、&apos;-&apos; で始めることはできません</translation>
    </message>
    <message>
        <source>host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>a user name has only letters, digits and . _ - @ \, and does not start with &apos;-&apos;</source>
        <translation>ユーザー名に使えるのは英字、数字、. _ - @ \ だけで、&apos;-&apos; で始めることはできません</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>a port is a number from 1 to 65535</source>
        <translation>ポートは 1 から 65535 までの数値です</translation>
    </message>
    <message>
        <source>it contains control characters</source>
        <translation>制御文字が含まれています</translation>
    </message>
    <message>
        <source>driver</source>
        <translation>ドライバー</translation>
    </message>
    <message>
        <source>a driver name has only lower-case letters and digits</source>
        <translation>ドライバー名に使えるのは英小文字と数字だけです</translation>
    </message>
    <message>
        <source>the path of a libvirt URI starts with &apos;/&apos;</source>
        <translation>libvirt URI のパスは &apos;/&apos; で始まります</translation>
    </message>
    <message>
        <source>parameter {key}</source>
        <translation>パラメーター {key}</translation>
    </message>
    <message>
        <source>proxy={proxy} is not one of {choices}.</source>
        <translation>proxy={proxy} は {choices} のいずれでもありません。</translation>
    </message>
    <message>
        <source>{uri!r} is not a valid URI: {error}.</source>
        <translation>{uri!r} は有効な URI ではありません: {error}。</translation>
    </message>
    <message>
        <source>{uri} does not go over SSH (its transport is {transport!r}).</source>
        <translation>{uri} は SSH を経由しません (トランスポートは {transport!r} です)。</translation>
    </message>
    <message>
        <source>{uri} names no host.</source>
        <translation>{uri} にはホストが指定されていません。</translation>
    </message>
    <message>
        <source>{uri} asks to run the program {program!r} ({key}=); virtdesk&apos;s SSH does not run programs named in a URI. Use the system ssh transport for it.</source>
        <translation>{uri} はプログラム {program!r} の実行を求めています ({key}=) が、virtdesk の SSH は URI で指定されたプログラムを実行しません。この URI にはシステムの ssh のトランスポートを使ってください。</translation>
    </message>
    <message>
        <source>{uri} is not a local libvirt URI of the host.</source>
        <translation>{uri} はホストのローカルの libvirt URI ではありません。</translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation>サーバーの最初の応答</translation>
    </message>
    <message>
        <source>a message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>a screen update</source>
        <translation>画面の更新</translation>
    </message>
    <message>
        <source>a colour map</source>
        <translation>カラーマップ</translation>
    </message>
    <message>
        <source>the server&apos;s clipboard text</source>
        <translation>サーバーのクリップボードのテキスト</translation>
    </message>
    <message>
        <source>the login</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <source>the reason for refusing</source>
        <translation>拒否の理由</translation>
    </message>
    <message>
        <source>the description of the screen</source>
        <translation>画面の情報</translation>
    </message>
    <message>
        <source>the name of the screen</source>
        <translation>画面の名前</translation>
    </message>
    <message>
        <source>a ZRLE rectangle</source>
        <translation>ZRLE 矩形</translation>
    </message>
    <message>
        <source>a pointer picture</source>
        <translation>ポインターの画像</translation>
    </message>
    <message>
        <source>clipboard text</source>
        <translation>クリップボードのテキスト</translation>
    </message>
    <message>
        <source>The server does not speak the VNC protocol: it began with {greeting}.</source>
        <translation>サーバーは VNC プロトコルに対応していません: 最初に {greeting} を送ってきました。</translation>
    </message>
    <message>
        <source>The VNC server speaks RFB {version}; virtdesk knows versions 3.3 to 3.8.</source>
        <translation>VNC サーバーは RFB {version} を使用していますが、virtdesk が対応しているのはバージョン 3.3 から 3.8 です。</translation>
    </message>
    <message>
        <source>The VNC server refused the connection: {reason}</source>
        <translation>VNC サーバーが接続を拒否しました: {reason}</translation>
    </message>
    <message>
        <source>The VNC server offers no way to log in that virtdesk knows (it offers security types {offered}; virtdesk knows 1, none, and 2, VNC password).</source>
        <translation>VNC サーバーは virtdesk が対応しているログイン方法を提供していません (サーバーが提供するセキュリティタイプは {offered}、virtdesk が対応しているのは 1 (なし) と 2 (VNC パスワード) です)。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>The VNC server asks for a password.</source>
        <translation>VNC サーバーがパスワードを要求しています。</translation>
    </message>
    <message>
        <source>The VNC server did not accept the password: {reason}</source>
        <translation>VNC サーバーがパスワードを受け付けませんでした: {reason}</translation>
    </message>
    <message>
        <source>The VNC server did not accept the password.</source>
        <translation>VNC サーバーがパスワードを受け付けませんでした。</translation>
    </message>
    <message>
        <source>The VNC server closed the connection during {during}.</source>
        <translation>{during} の途中で VNC サーバーが接続を閉じました。</translation>
    </message>
    <message>
        <source>The VNC server stopped sending during {during}: nothing came for {seconds:g} seconds.</source>
        <translation>{during} の途中で VNC サーバーからの送信が止まりました: {seconds:g} 秒間何も届いていません。</translation>
    </message>
    <message>
        <source>The connection to the VNC server was lost: {detail}.</source>
        <translation>VNC サーバーとの接続が切れました: {detail}。</translation>
    </message>
    <message>
        <source>The VNC server sent {what} of {size} bytes; virtdesk accepts at most {limit}.</source>
        <translation>VNC サーバーが {size} バイトの {what} を送信しました。virtdesk が受け付けるのは最大 {limit} バイトです。</translation>
    </message>
    <message>
        <source>The VNC server&apos;s screen of {width}x{height} pixels cannot be shown.</source>
        <translation>VNC サーバーの画面 ({width}x{height} ピクセル) は表示できません。</translation>
    </message>
    <message>
        <source>The VNC server drew a {w}x{h} rectangle at {x},{y}, outside its screen of {width}x{height} pixels.</source>
        <translation>VNC サーバーが {x},{y} に {w}x{h} の矩形を描画しましたが、画面 ({width}x{height} ピクセル) の外にはみ出しています。</translation>
    </message>
    <message>
        <source>The VNC server sent a rectangle in encoding {encoding}, which virtdesk did not ask for.</source>
        <translation>VNC サーバーが、virtdesk が要求していないエンコーディング {encoding} の矩形を送信しました。</translation>
    </message>
    <message>
        <source>The VNC server sent a message of unknown type {message_type}.</source>
        <translation>VNC サーバーが不明な種類 {message_type} のメッセージを送信しました。</translation>
    </message>
    <message>
        <source>The VNC server sent {encoding} data that cannot be decoded: {detail}.</source>
        <translation>VNC サーバーが送信した {encoding} のデータをデコードできません: {detail}。</translation>
    </message>
    <message>
        <source>The VNC session failed unexpectedly: {detail}.</source>
        <translation>VNC セッションで予期しないエラーが発生しました: {detail}。</translation>
    </message>
    <message>
        <source>a JPEG picture, which virtdesk did not ask for</source>
        <translation>virtdesk が要求していない JPEG 画像です</translation>
    </message>
    <message>
        <source>unknown compression type {kind}</source>
        <translation>不明な圧縮方式 {kind} です</translation>
    </message>
    <message>
        <source>a colour index lies beyond the palette</source>
        <translation>色インデックスがパレットの範囲外です</translation>
    </message>
    <message>
        <source>unknown filter {filter_id}</source>
        <translation>不明なフィルター {filter_id} です</translation>
    </message>
    <message>
        <source>more data than the rectangle holds</source>
        <translation>データが矩形の大きさを超えています</translation>
    </message>
    <message>
        <source>{got} bytes of pixel data where {size} were due</source>
        <translation>ピクセルデータが {size} バイトのはずが {got} バイトです</translation>
    </message>
    <message>
        <source>not a JPEG picture</source>
        <translation>JPEG 画像ではありません</translation>
    </message>
    <message>
        <source>the picture is not {w}x{h} pixels</source>
        <translation>画像が {w}x{h} ピクセルではありません</translation>
    </message>
    <message>
        <source>a tile ends early</source>
        <translation>タイルが途中で終わっています</translation>
    </message>
    <message>
        <source>a run goes past the end of its tile</source>
        <translation>ランがタイルの終わりを超えています</translation>
    </message>
    <message>
        <source>data is left over after the last tile</source>
        <translation>最後のタイルの後にデータが残っています</translation>
    </message>
    <message>
        <source>unknown tile type {kind}</source>
        <translation>不明なタイルの種類 {kind} です</translation>
    </message>
    <message>
        <source>{name} (ID {code})</source>
        <translation>{name} (ID {code})</translation>
    </message>
    <message>
        <source>ID {code}</source>
        <translation>ID {code}</translation>
    </message>
    <message>
        <source>SCSI host {number}</source>
        <translation>SCSI ホスト {number}</translation>
    </message>
    <message>
        <source>{driver} (detached from the host: ready to be passed through to a VM)</source>
        <translation>{driver} (ホストから切り離し済み: VM にパススルーできます)</translation>
    </message>
    <message>
        <source>{driver} (in use by the host)</source>
        <translation>{driver} (ホストが使用中)</translation>
    </message>
    <message>
        <source>PCI address</source>
        <translation>PCI アドレス</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>ベンダー</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>{number}, shared with {others}</source>
        <translation>{number} ({others} と共有)</translation>
    </message>
    <message>
        <source>{number} (the device is alone in it)</source>
        <translation>{number} (このデバイスのみ)</translation>
    </message>
    <message>
        <source>IOMMU group</source>
        <translation>IOMMU グループ</translation>
    </message>
    <message>
        <source>none (the host reports no IOMMU group for it)</source>
        <translation>なし (ホストが IOMMU グループを報告していません)</translation>
    </message>
    <message>
        <source>Mediated device types</source>
        <translation>仲介デバイスの種類</translation>
    </message>
    <message>
        <source>USB bus and device</source>
        <translation>USB バスとデバイス</translation>
    </message>
    <message>
        <source>bus {bus}, device {device}</source>
        <translation>バス {bus}、デバイス {device}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>{state}, {speed} Mbit/s</source>
        <translation>{state}、{speed} Mbit/s</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>インターフェース</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC アドレス</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Block device</source>
        <translation>ブロックデバイス</translation>
    </message>
    <message>
        <source>Drive type</source>
        <translation>ドライブの種類</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>SCSI address</source>
        <translation>SCSI アドレス</translation>
    </message>
    <message>
        <source>host {host}, bus {bus}, target {target}, unit {unit}</source>
        <translation>ホスト {host}、バス {bus}、ターゲット {target}、ユニット {unit}</translation>
    </message>
    <message>
        <source>SCSI device type</source>
        <translation>SCSI デバイスの種類</translation>
    </message>
    <message>
        <source>SCSI host number</source>
        <translation>SCSI ホスト番号</translation>
    </message>
    <message>
        <source>Mediated device type</source>
        <translation>仲介デバイスの種類</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>ドライバー</translation>
    </message>
    <message>
        <source>Parent device</source>
        <translation>親デバイス</translation>
    </message>
    <message>
        <source>System path</source>
        <translation>システムパス</translation>
    </message>
    <message>
        <source>Device node</source>
        <translation>デバイスノード</translation>
    </message>
    <message>
        <source>{volume} is used by {vms}.</source>
        <translation>{volume} は {vms} が使用しています。</translation>
    </message>
    <message>
        <source>Wipe the volume {name} ({path})?

Everything it holds is overwritten with zeros and cannot be recovered.</source>
        <translation>ボリューム {name} ({path}) を消去しますか?

内容はすべてゼロで上書きされ、復元できません。</translation>
    </message>
    <message>
        <source>Wipe Volume</source>
        <translation>ボリュームの消去</translation>
    </message>
    <message>
        <source>&amp;Wipe {name}</source>
        <translation>{name} を消去(&amp;W)</translation>
    </message>
    <message>
        <source>Delete the volume {name} ({path})?

Its data is lost.</source>
        <translation>ボリューム {name} ({path}) を削除しますか?

データは失われます。</translation>
    </message>
    <message>
        <source>&amp;Delete {name}</source>
        <translation>{name} を削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete these {count} volumes?

{volumes}

Their data is lost.</source>
        <translation>これら {count} 個のボリュームを削除しますか?

{volumes}

データは失われます。</translation>
    </message>
    <message>
        <source>&amp;Delete {count} Volumes</source>
        <translation>{count} 個のボリュームを削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete Volumes</source>
        <translation>ボリュームの削除</translation>
    </message>
    <message>
        <source>{used}

Deleting takes their disk away from {vms}: they will not start until it is removed from them or replaced. Delete anyway?</source>
        <translation>{used}

削除すると {vms} はディスクを失い、そのディスクを取り外すか置き換えるまで起動しなくなります。それでも削除しますか?</translation>
    </message>
    <message>
        <source>Delete Volumes That VMs Use</source>
        <translation>VM が使用しているボリュームの削除</translation>
    </message>
    <message>
        <source>Delete, Although &amp;Used by {vms}</source>
        <translation>{vms} が使用中でも削除(&amp;U)</translation>
    </message>
    <message>
        <source>Begin Installation</source>
        <translation>インストールを開始</translation>
    </message>
    <message>
        <source>The installation did not start</source>
        <translation>インストールが開始されませんでした</translation>
    </message>
    <message>
        <source>{name} could not be started: {error}</source>
        <translation>{name} を起動できませんでした: {error}</translation>
    </message>
    <message>
        <source>Give the VM a host name.</source>
        <translation>VM のホスト名を指定してください。</translation>
    </message>
    <message>
        <source>A host name has at most 253 characters.</source>
        <translation>ホスト名は 253 文字以内にしてください。</translation>
    </message>
    <message>
        <source>A host name cannot begin or end with “.” or have two in a row.</source>
        <translation>ホスト名の先頭と末尾に “.” は使えず、2 つ続けることもできません。</translation>
    </message>
    <message>
        <source>A host name may contain only the letters a–z, digits and “-”, with “.” between its parts.</source>
        <translation>ホスト名に使えるのは英字 a–z、数字、“-” だけで、各部分は “.” で区切ります。</translation>
    </message>
    <message>
        <source>Each part of a host name has at most 63 characters.</source>
        <translation>ホスト名の各部分は 63 文字以内にしてください。</translation>
    </message>
    <message>
        <source>A part of a host name cannot begin or end with “-”.</source>
        <translation>ホスト名の各部分の先頭と末尾に “-” は使えません。</translation>
    </message>
    <message>
        <source>Give the user a name.</source>
        <translation>ユーザー名を指定してください。</translation>
    </message>
    <message>
        <source>A user name has at most 32 characters.</source>
        <translation>ユーザー名は 32 文字以内にしてください。</translation>
    </message>
    <message>
        <source>A user name begins with a lower-case letter or “_” and holds only lower-case letters, digits, “_” and “-”.</source>
        <translation>ユーザー名は英小文字または “_” で始め、英小文字、数字、“_”、“-” だけを使ってください。</translation>
    </message>
    <message>
        <source>“root” exists on every system: give the name of a new user.</source>
        <translation>“root” はどのシステムにも存在します。新しいユーザーの名前を指定してください。</translation>
    </message>
    <message>
        <source>Paste an SSH public key (the contents of a .pub file).</source>
        <translation>SSH 公開鍵 (.pub ファイルの内容) を貼り付けてください。</translation>
    </message>
    <message>
        <source>This is a private key: paste the public key (the .pub file) instead, and keep the private key secret.</source>
        <translation>これは秘密鍵です。代わりに公開鍵 (.pub ファイル) を貼り付け、秘密鍵は他人に知られないようにしてください。</translation>
    </message>
    <message>
        <source>Give one key per line.</source>
        <translation>1 行に 1 つの鍵を指定してください。</translation>
    </message>
    <message>
        <source>“{type}” is not a type of SSH public key this can use (ssh-ed25519, ecdsa-sha2-nistp256, ssh-rsa, sk-ssh-ed25519@openssh.com, …).</source>
        <translation>“{type}” は使用できる SSH 公開鍵の種類ではありません (ssh-ed25519、ecdsa-sha2-nistp256、ssh-rsa、sk-ssh-ed25519@openssh.com など)。</translation>
    </message>
    <message>
        <source>The key has no data after its type.</source>
        <translation>鍵の種類の後にデータがありません。</translation>
    </message>
    <message>
        <source>The key&apos;s data is not valid base64.</source>
        <translation>鍵のデータが有効な base64 ではありません。</translation>
    </message>
    <message>
        <source>The key&apos;s data is not of the type {type}.</source>
        <translation>鍵のデータが種類 {type} のものではありません。</translation>
    </message>
    <message>
        <source>The key&apos;s data is not a valid key of the type {type}.</source>
        <translation>鍵のデータが種類 {type} の有効な鍵ではありません。</translation>
    </message>
    <message>
        <source>This RSA key has {bits} bits: OpenSSH refuses RSA keys shorter than 1024 bits.</source>
        <translation>この RSA 鍵は {bits} ビットです。OpenSSH は 1024 ビット未満の RSA 鍵を拒否します。</translation>
    </message>
    <message>
        <source>Writing the cloud-init seed {volume} into {pool}</source>
        <translation>cloud-init のシード {volume} を {pool} に書き込み中</translation>
    </message>
    <message>
        <source>Detaching the device {name} from the host</source>
        <translation>デバイス {name} をホストから切り離し中</translation>
    </message>
    <message>
        <source>Reattaching the device {name} to the host</source>
        <translation>デバイス {name} をホストに再接続中</translation>
    </message>
    <message>
        <source>Resetting the device {name}</source>
        <translation>デバイス {name} をリセット中</translation>
    </message>
    <message>
        <source>Reading the value of the secret {uuid}</source>
        <translation>シークレット {uuid} の値を読み込み中</translation>
    </message>
    <message>
        <source>Uploading {file} into {volume} of {pool}</source>
        <translation>{file} を {pool} の {volume} にアップロード中</translation>
    </message>
    <message>
        <source>Reading the DHCP leases of {name}</source>
        <translation>{name} の DHCP リースを読み込み中</translation>
    </message>
    <message>
        <source>Reading the definition of {name}</source>
        <translation>{name} の定義を読み込み中</translation>
    </message>
    <message>
        <source>Starting the network {name}</source>
        <translation>ネットワーク {name} を起動中</translation>
    </message>
    <message>
        <source>Stopping the network {name}</source>
        <translation>ネットワーク {name} を停止中</translation>
    </message>
    <message>
        <source>Turning autostart on for the network {name}</source>
        <translation>ネットワーク {name} の自動起動をオンに設定中</translation>
    </message>
    <message>
        <source>Turning autostart off for the network {name}</source>
        <translation>ネットワーク {name} の自動起動をオフに設定中</translation>
    </message>
    <message>
        <source>Deleting the network {name}</source>
        <translation>ネットワーク {name} を削除中</translation>
    </message>
    <message>
        <source>Removing the network {name}</source>
        <translation>ネットワーク {name} の定義を削除中</translation>
    </message>
    <message>
        <source>Saving the network {name}</source>
        <translation>ネットワーク {name} を保存中</translation>
    </message>
    <message>
        <source>{text} is not an IPv{version} address</source>
        <translation>{text} は IPv{version} アドレスではありません</translation>
    </message>
    <message>
        <source>Give the subnet as the host&apos;s address and prefix length, as in {example}</source>
        <translation>サブネットは {example} のように、ホストのアドレスとプレフィックス長で指定してください</translation>
    </message>
    <message>
        <source>Give the prefix length too, as in {example}</source>
        <translation>{example} のようにプレフィックス長も指定してください</translation>
    </message>
    <message>
        <source>{text} is not an IPv{version} address with a prefix length, as in {example}</source>
        <translation>{text} は {example} のようなプレフィックス長付きの IPv{version} アドレスではありません</translation>
    </message>
    <message>
        <source>The subnet {subnet} is too small: it has no room for guests</source>
        <translation>サブネット {subnet} は小さすぎます。ゲストに割り当てるアドレスがありません</translation>
    </message>
    <message>
        <source>{address} is the subnet&apos;s own address: give the host&apos;s address in it, as in {example}</source>
        <translation>{address} はサブネット自体のアドレスです。{example} のように、サブネット内のホストのアドレスを指定してください</translation>
    </message>
    <message>
        <source>{address} is the subnet&apos;s broadcast address: give the host&apos;s address in it, as in {example}</source>
        <translation>{address} はサブネットのブロードキャストアドレスです。{example} のように、サブネット内のホストのアドレスを指定してください</translation>
    </message>
    <message>
        <source>{address} is not in the subnet {subnet}</source>
        <translation>{address} はサブネット {subnet} に含まれていません</translation>
    </message>
    <message>
        <source>{address} is not a guest&apos;s address in {subnet}</source>
        <translation>{address} は {subnet} 内のゲストのアドレスではありません</translation>
    </message>
    <message>
        <source>{address} is the host&apos;s own address in this subnet</source>
        <translation>{address} はこのサブネットでのホスト自身のアドレスです</translation>
    </message>
    <message>
        <source>{subnet} overlaps {other}, the subnet of the network {name}</source>
        <translation>{subnet} はネットワーク {name} のサブネット {other} と重なっています</translation>
    </message>
    <message>
        <source>Range {number}: </source>
        <translation>範囲 {number}: </translation>
    </message>
    <message>
        <source>give its first and last address</source>
        <translation>最初と最後のアドレスを指定してください</translation>
    </message>
    <message>
        <source>{end} comes before {start}</source>
        <translation>{end} が {start} より前になっています</translation>
    </message>
    <message>
        <source>it holds the host&apos;s own address {address}</source>
        <translation>ホスト自身のアドレス {address} が含まれています</translation>
    </message>
    <message>
        <source>it overlaps range {number}</source>
        <translation>範囲 {number} と重なっています</translation>
    </message>
    <message>
        <source>Host {number}: </source>
        <translation>ホスト {number}: </translation>
    </message>
    <message>
        <source>give the guest&apos;s MAC address</source>
        <translation>ゲストの MAC アドレスを指定してください</translation>
    </message>
    <message>
        <source>{mac} is not a MAC address (six pairs of hex digits, as in 52:54:00:12:34:56)</source>
        <translation>{mac} は MAC アドレスではありません (52:54:00:12:34:56 のような 2 桁の 16 進数 6 組)</translation>
    </message>
    <message>
        <source>{mac} is a multicast address, which no guest can have</source>
        <translation>{mac} はマルチキャストアドレスのため、ゲストには使えません</translation>
    </message>
    <message>
        <source>{duid} is not a DHCP unique id (DUID), such as 00:03:00:01:52:54:00:12:34:56</source>
        <translation>{duid} は DHCP 固有 ID (DUID) ではありません (例: 00:03:00:01:52:54:00:12:34:56)</translation>
    </message>
    <message>
        <source>give the guest&apos;s name or DHCP unique id</source>
        <translation>ゲストの名前または DHCP 固有 ID を指定してください</translation>
    </message>
    <message>
        <source>{name} is not a host name (letters, digits and hyphens)</source>
        <translation>{name} はホスト名ではありません (英字、数字、ハイフン)</translation>
    </message>
    <message>
        <source>give the address it gets</source>
        <translation>割り当てるアドレスを指定してください</translation>
    </message>
    <message>
        <source>{address} lies in DHCP range {range}: give an address outside the ranges</source>
        <translation>{address} は DHCP 範囲 {range} に含まれています。範囲外のアドレスを指定してください</translation>
    </message>
    <message>
        <source>{value} is also the address of host {number}</source>
        <translation>{value} はホスト {number} のアドレスとしても使われています</translation>
    </message>
    <message>
        <source>{value} is also given to host {number}</source>
        <translation>{value} はホスト {number} にも割り当てられています</translation>
    </message>
    <message>
        <source>{value} is also the name of host {number}</source>
        <translation>{value} はホスト {number} の名前としても使われています</translation>
    </message>
    <message>
        <source>Give the network a name</source>
        <translation>ネットワークの名前を指定してください</translation>
    </message>
    <message>
        <source>Use letters, digits and . _ + - only (starting with a letter, digit or _), at most 64</source>
        <translation>英字、数字、. _ + - だけを使い (先頭は英字、数字、_)、64 文字以内にしてください</translation>
    </message>
    <message>
        <source>The host already has a network named {name}</source>
        <translation>ホストには既に {name} という名前のネットワークがあります</translation>
    </message>
    <message>
        <source>{name} is not an interface name (at most 15 letters, digits and . _ : -)</source>
        <translation>{name} はインターフェース名ではありません (英字、数字、. _ : - で 15 文字以内)</translation>
    </message>
    <message>
        <source>Give the host bridge to connect to</source>
        <translation>接続先のホストのブリッジを指定してください</translation>
    </message>
    <message>
        <source>The network {name} already makes the bridge {bridge}</source>
        <translation>ネットワーク {name} が既にブリッジ {bridge} を作成しています</translation>
    </message>
    <message>
        <source>The host already has an interface named {bridge}</source>
        <translation>ホストには既に {bridge} という名前のインターフェースがあります</translation>
    </message>
    <message>
        <source>Give the SR-IOV physical function (PF) device</source>
        <translation>SR-IOV の物理機能 (PF) デバイスを指定してください</translation>
    </message>
    <message>
        <source>Give the host device the guests attach to</source>
        <translation>ゲストの接続先となるホストデバイスを指定してください</translation>
    </message>
    <message>
        <source>{tag} is not a VLAN tag (a whole number from 0 to {max})</source>
        <translation>{tag} は VLAN タグではありません (0 から {max} までの整数)</translation>
    </message>
    <message>
        <source>A VLAN tag is given twice</source>
        <translation>同じ VLAN タグが 2 回指定されています</translation>
    </message>
    <message>
        <source>Port group {number}: </source>
        <translation>ポートグループ {number}: </translation>
    </message>
    <message>
        <source>give it a name</source>
        <translation>名前を指定してください</translation>
    </message>
    <message>
        <source>use letters, digits and . _ - : only in its name</source>
        <translation>名前には英字、数字と . _ - : だけを使ってください</translation>
    </message>
    <message>
        <source>{name} is also the name of port group {number}</source>
        <translation>{name} はポートグループ {number} の名前としても使われています</translation>
    </message>
    <message>
        <source>Only one port group can be the default</source>
        <translation>デフォルトにできるポートグループは 1 つだけです</translation>
    </message>
    <message>
        <source>{domain} is not a DNS domain (labels of letters, digits and hyphens separated by dots)</source>
        <translation>{domain} は DNS ドメインではありません (英字、数字、ハイフンからなるラベルをドットで区切ったもの)</translation>
    </message>
    <message>
        <source>Entry {number}: </source>
        <translation>エントリー {number}: </translation>
    </message>
    <message>
        <source>give a host name and its address</source>
        <translation>ホスト名とそのアドレスを指定してください</translation>
    </message>
    <message>
        <source>{text} is not an IP address</source>
        <translation>{text} は IP アドレスではありません</translation>
    </message>
    <message>
        <source>A NAT network needs an IPv4 subnet</source>
        <translation>NAT ネットワークには IPv4 サブネットが必要です</translation>
    </message>
    <message>
        <source>A routed network needs an IPv4 or IPv6 subnet</source>
        <translation>ルーティングネットワークには IPv4 または IPv6 サブネットが必要です</translation>
    </message>
    <message>
        <source>Creating the network {name}</source>
        <translation>ネットワーク {name} を作成中</translation>
    </message>
    <message>
        <source>Give the pool a name.</source>
        <translation>プールの名前を指定してください。</translation>
    </message>
    <message>
        <source>A pool name cannot contain &apos;/&apos; or a line break.</source>
        <translation>プール名に &apos;/&apos; や改行は使えません。</translation>
    </message>
    <message>
        <source>A pool name cannot contain control characters (such as a tab).</source>
        <translation>プール名に制御文字 (タブなど) は使えません。</translation>
    </message>
    <message>
        <source>A pool name cannot begin or end with a space.</source>
        <translation>プール名の先頭と末尾に空白は使えません。</translation>
    </message>
    <message>
        <source>This host already has a pool named {name}.</source>
        <translation>このホストには既に {name} という名前のプールがあります。</translation>
    </message>
    <message>
        <source>The path must be absolute (start with /).</source>
        <translation>パスは絶対パス (/ で始まる) でなければなりません。</translation>
    </message>
    <message>
        <source>The path must name something below /.</source>
        <translation>パスには / より下の場所を指定してください。</translation>
    </message>
    <message>
        <source>A path cannot contain control characters (such as a line break).</source>
        <translation>パスに制御文字 (改行など) は使えません。</translation>
    </message>
    <message>
        <source>Enter the directory where the pool&apos;s volumes appear.</source>
        <translation>プールのボリュームが置かれるディレクトリーを入力してください。</translation>
    </message>
    <message>
        <source>Enter the host&apos;s name or address.</source>
        <translation>ホストの名前またはアドレスを入力してください。</translation>
    </message>
    <message>
        <source>{host} is not a host name or an IP address.</source>
        <translation>{host} はホスト名でも IP アドレスでもありません。</translation>
    </message>
    <message>
        <source>Enter the name of the share.</source>
        <translation>共有名を入力してください。</translation>
    </message>
    <message>
        <source>Enter the name of the Gluster volume.</source>
        <translation>Gluster ボリュームの名前を入力してください。</translation>
    </message>
    <message>
        <source>A CIFS share is named without a leading /.</source>
        <translation>CIFS の共有名は先頭に / を付けずに指定します。</translation>
    </message>
    <message>
        <source>Enter the exported directory, such as /srv/exports/images.</source>
        <translation>/srv/exports/images のような、エクスポートされたディレクトリーを入力してください。</translation>
    </message>
    <message>
        <source>Enter the device, such as /dev/sdb.</source>
        <translation>/dev/sdb のようなデバイスを入力してください。</translation>
    </message>
    <message>
        <source>This pool type takes one device.</source>
        <translation>この種類のプールに指定できるデバイスは 1 つです。</translation>
    </message>
    <message>
        <source>A device is named by its absolute path, such as /dev/sdb: {device} is not.</source>
        <translation>デバイスは /dev/sdb のような絶対パスで指定します。{device} は絶対パスではありません。</translation>
    </message>
    <message>
        <source>Enter the volume group&apos;s name.</source>
        <translation>ボリュームグループの名前を入力してください。</translation>
    </message>
    <message>
        <source>Enter the Ceph pool&apos;s name.</source>
        <translation>Ceph プールの名前を入力してください。</translation>
    </message>
    <message>
        <source>Enter the Gluster volume&apos;s name.</source>
        <translation>Gluster ボリュームの名前を入力してください。</translation>
    </message>
    <message>
        <source>Enter the ZFS pool&apos;s name.</source>
        <translation>ZFS プールの名前を入力してください。</translation>
    </message>
    <message>
        <source>Enter the cluster&apos;s name.</source>
        <translation>クラスターの名前を入力してください。</translation>
    </message>
    <message>
        <source>A name cannot contain spaces or &apos;/&apos;.</source>
        <translation>名前に空白や &apos;/&apos; は使えません。</translation>
    </message>
    <message>
        <source>{value} is not an IQN (iqn.YEAR-MONTH.reversed.domain, then optionally :name).</source>
        <translation>{value} は IQN ではありません (iqn.年-月.逆順のドメイン名、必要に応じてその後に :名前)。</translation>
    </message>
    <message>
        <source>Enter the SCSI host, such as host0.</source>
        <translation>host0 のような SCSI ホストを入力してください。</translation>
    </message>
    <message>
        <source>{name} is not a SCSI host name (host0, scsi_host1, …).</source>
        <translation>{name} は SCSI ホスト名ではありません (host0、scsi_host1 など)。</translation>
    </message>
    <message>
        <source>Enter the world wide name: 16 hexadecimal digits.</source>
        <translation>WWN (ワールドワイドネーム) を 16 桁の 16 進数で入力してください。</translation>
    </message>
    <message>
        <source>{value} is not 16 hexadecimal digits.</source>
        <translation>{value} は 16 桁の 16 進数ではありません。</translation>
    </message>
    <message>
        <source>{item} is not host, host:port or [IPv6 address]:port.</source>
        <translation>{item} は host、host:port、[IPv6 アドレス]:port のいずれの形式でもありません。</translation>
    </message>
    <message>
        <source>Enter at least one monitor, such as mon1.example.com:6789.</source>
        <translation>mon1.example.com:6789 のようなモニターを 1 つ以上入力してください。</translation>
    </message>
    <message>
        <source>Choose the secret holding the key of {user}.</source>
        <translation>{user} の鍵を保持しているシークレットを選択してください。</translation>
    </message>
    <message>
        <source>Enter the Ceph user the secret belongs to.</source>
        <translation>シークレットが属する Ceph ユーザーを入力してください。</translation>
    </message>
    <message>
        <source>A user name cannot contain spaces or &apos;/&apos;.</source>
        <translation>ユーザー名に空白や &apos;/&apos; は使えません。</translation>
    </message>
    <message>
        <source>Enter the target&apos;s IQN, such as iqn.2024-01.com.example:storage.</source>
        <translation>iqn.2024-01.com.example:storage のようなターゲットの IQN を入力してください。</translation>
    </message>
    <message>
        <source>Enter the IQN QEMU logs in with, such as iqn.2024-01.com.example:client.</source>
        <translation>QEMU がログインに使う IQN (iqn.2024-01.com.example:client など) を入力してください。</translation>
    </message>
    <message>
        <source>Build the pool&apos;s storage (creates the directory {path})</source>
        <translation>プールのストレージを構築する (ディレクトリー {path} を作成)</translation>
    </message>
    <message>
        <source>Build the pool&apos;s storage (creates the directory {path} and formats {device} if it holds no file system)</source>
        <translation>プールのストレージを構築する (ディレクトリー {path} を作成し、{device} にファイルシステムがなければフォーマット)</translation>
    </message>
    <message>
        <source>Build the pool&apos;s storage (creates the directory {path} and formats {device} as {format} if it holds no file system)</source>
        <translation>プールのストレージを構築する (ディレクトリー {path} を作成し、{device} にファイルシステムがなければ {format} でフォーマット)</translation>
    </message>
    <message>
        <source>Build the pool&apos;s storage (formats {device}: writes a new partition table on it; everything on it is lost)</source>
        <translation>プールのストレージを構築する ({device} をフォーマット: 新しいパーティションテーブルを書き込みます。内容はすべて失われます)</translation>
    </message>
    <message>
        <source>Build the pool&apos;s storage (formats {devices} as LVM physical volumes of a new volume group {name}; everything on them is lost)</source>
        <translation>プールのストレージを構築する ({devices} を新しいボリュームグループ {name} の LVM 物理ボリュームとしてフォーマット。内容はすべて失われます)</translation>
    </message>
    <message>
        <source>Name the devices to build a volume group on.</source>
        <translation>ボリュームグループを構築するデバイスを指定してください。</translation>
    </message>
    <message>
        <source>Build the pool&apos;s storage (formats {devices} as a new ZFS pool {name}; everything on them is lost)</source>
        <translation>プールのストレージを構築する ({devices} を新しい ZFS プール {name} としてフォーマット。内容はすべて失われます)</translation>
    </message>
    <message>
        <source>Name the devices to build a ZFS pool on.</source>
        <translation>ZFS プールを構築するデバイスを指定してください。</translation>
    </message>
    <message>
        <source>Reading the pool types of {host}</source>
        <translation>{host} のプールの種類を読み込み中</translation>
    </message>
    <message>
        <source>{name} on {devices}</source>
        <translation>{name} ({devices} 上)</translation>
    </message>
    <message>
        <source>{target} on {host}</source>
        <translation>{target} ({host} 上)</translation>
    </message>
    <message>
        <source>Looking for {type} sources on {host}</source>
        <translation>{host} で {type} のソースを検索中</translation>
    </message>
    <message>
        <source>Creating the pool {name}</source>
        <translation>プール {name} を作成中</translation>
    </message>
    <message>
        <source>Creating the VM {name}</source>
        <translation>VM {name} を作成中</translation>
    </message>
    <message>
        <source>Checking the name</source>
        <translation>名前を確認中</translation>
    </message>
    <message>
        <source>Creating the disk image {name}</source>
        <translation>ディスクイメージ {name} を作成中</translation>
    </message>
    <message>
        <source>Created the disk image {path}</source>
        <translation>ディスクイメージ {path} を作成しました</translation>
    </message>
    <message>
        <source>Defining the VM</source>
        <translation>VM を定義中</translation>
    </message>
    <message>
        <source>Defined the VM {name}</source>
        <translation>VM {name} を定義しました</translation>
    </message>
    <message>
        <source>A VM named “{name}” exists on the host now; choose another name.</source>
        <translation>ホスト上に “{name}” という名前の VM が既に存在します。別の名前を選んでください。</translation>
    </message>
    <message>
        <source>Starting the VM</source>
        <translation>VM を起動中</translation>
    </message>
    <message>
        <source>Started the VM</source>
        <translation>VM を起動しました</translation>
    </message>
    <message>
        <source>Starting the installation of {name}</source>
        <translation>{name} のインストールを開始中</translation>
    </message>
    <message>
        <source>Fetching {url}</source>
        <translation>{url} を取得中</translation>
    </message>
    <message>
        <source>{url} could not be fetched: {error}</source>
        <translation>{url} を取得できませんでした: {error}</translation>
    </message>
    <message>
        <source>Fetched {url} into {path}</source>
        <translation>{url} を {path} に取得しました</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>{path} を書き込みました</translation>
    </message>
    <message>
        <source>A network install needs a storage pool for the installer&apos;s kernel.</source>
        <translation>ネットワークインストールには、インストーラーのカーネルを置くストレージプールが必要です。</translation>
    </message>
    <message>
        <source>Memory and virtual CPUs must be more than zero</source>
        <translation>メモリーと仮想 CPU は 0 より大きくしてください</translation>
    </message>
    <message>
        <source>Enter a name for the VM.</source>
        <translation>VM の名前を入力してください。</translation>
    </message>
    <message>
        <source>The name is longer than {limit} characters.</source>
        <translation>名前が {limit} 文字を超えています。</translation>
    </message>
    <message>
        <source>Use letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;+&apos; and &apos;-&apos; only, starting with a letter or digit.</source>
        <translation>英字、数字、&apos;.&apos;、&apos;_&apos;、&apos;+&apos;、&apos;-&apos; だけを使い、英字または数字で始めてください。</translation>
    </message>
    <message>
        <source>A VM named “{name}” already exists on this host.</source>
        <translation>このホストには既に “{name}” という名前の VM があります。</translation>
    </message>
    <message>
        <source>Enter a name for the disk image.</source>
        <translation>ディスクイメージの名前を入力してください。</translation>
    </message>
    <message>
        <source>A disk image name cannot contain &apos;/&apos;.</source>
        <translation>ディスクイメージ名に &apos;/&apos; は使えません。</translation>
    </message>
    <message>
        <source>A disk image name cannot contain control characters (such as a tab or a line break).</source>
        <translation>ディスクイメージ名に制御文字 (タブや改行など) は使えません。</translation>
    </message>
    <message>
        <source>The pool already holds a volume named “{name}”.</source>
        <translation>プールには既に “{name}” という名前のボリュームがあります。</translation>
    </message>
    <message>
        <source>A quotation mark is not closed.</source>
        <translation>引用符が閉じられていません。</translation>
    </message>
    <message>
        <source>Enter the program to run.</source>
        <translation>実行するプログラムを入力してください。</translation>
    </message>
    <message>
        <source>Give the program&apos;s full path inside the container, e.g. /bin/sh.</source>
        <translation>コンテナー内でのプログラムのフルパスを指定してください (例: /bin/sh)。</translation>
    </message>
    <message>
        <source>Enter the address of the install tree.</source>
        <translation>インストールツリーのアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Enter an http://, https:// or ftp:// address.</source>
        <translation>http://、https://、ftp:// のいずれかのアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Kernel arguments cannot contain control characters (such as a tab or a line break).</source>
        <translation>カーネル引数に制御文字 (タブや改行など) は使えません。</translation>
    </message>
    <message>
        <source>The kernel command line would be {length} bytes long; the kernel takes at most {limit}.</source>
        <translation>カーネルコマンドラインが {length} バイトになります。カーネルが受け付けるのは最大 {limit} バイトです。</translation>
    </message>
    <message>
        <source>The disk needs a size above zero.</source>
        <translation>ディスクのサイズは 0 より大きくしてください。</translation>
    </message>
    <message>
        <source>The pool has only {free} free.</source>
        <translation>プールの空きは {free} しかありません。</translation>
    </message>
    <message>
        <source>A VM needs at least 64 MiB.</source>
        <translation>VM には 64 MiB 以上が必要です。</translation>
    </message>
    <message>
        <source>The host has only {memory} MiB.</source>
        <translation>ホストのメモリーは {memory} MiB しかありません。</translation>
    </message>
    <message>
        <source>A VM needs at least one vCPU.</source>
        <translation>VM には 1 個以上の vCPU が必要です。</translation>
    </message>
    <message>
        <source>At most {count} vCPUs on this host.</source>
        <translation>このホストでは vCPU は最大 {count} 個です。</translation>
    </message>
    <message>
        <source>Give the volume a name.</source>
        <translation>ボリュームの名前を指定してください。</translation>
    </message>
    <message>
        <source>A volume name cannot contain “/”.</source>
        <translation>ボリューム名に “/” は使えません。</translation>
    </message>
    <message>
        <source>A volume name cannot contain control characters (such as a tab or a line break).</source>
        <translation>ボリューム名に制御文字 (タブや改行など) は使えません。</translation>
    </message>
    <message>
        <source>“.” and “..” cannot name a volume.</source>
        <translation>“.” と “..” はボリューム名に使えません。</translation>
    </message>
    <message>
        <source>The pool {pool} already has a volume {name}.</source>
        <translation>プール {pool} には既にボリューム {name} があります。</translation>
    </message>
    <message>
        <source>Reading the volume formats of {pool}</source>
        <translation>{pool} のボリュームフォーマットを読み込み中</translation>
    </message>
    <message>
        <source>Creating the volume {name} in {pool}</source>
        <translation>{pool} にボリューム {name} を作成中</translation>
    </message>
    <message>
        <source>Cloning {source} as {name}</source>
        <translation>{source} を {name} としてクローン中</translation>
    </message>
    <message>
        <source>Converting {source} to {format} as {name}</source>
        <translation>{source} を {format} に変換して {name} を作成中</translation>
    </message>
    <message>
        <source>Resizing the volume {name} to {size}</source>
        <translation>ボリューム {name} のサイズを {size} に変更中</translation>
    </message>
    <message>
        <source>Wiping the volume {name}</source>
        <translation>ボリューム {name} を消去中</translation>
    </message>
    <message>
        <source>{target} ({path})</source>
        <translation>{target} ({path})</translation>
    </message>
    <message>
        <source>install media (CD-ROM or floppy)</source>
        <translation>インストールメディア (CD-ROM またはフロッピー)</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>shareable</source>
        <translation>共有可能</translation>
    </message>
    <message>
        <source>used by {vms}</source>
        <translation>{vms} が使用中</translation>
    </message>
    <message>
        <source>a LUN of the pool {pool}: libvirt cannot delete it</source>
        <translation>プール {pool} の LUN: libvirt では削除できません</translation>
    </message>
    <message>
        <source>not in a storage pool, and files of this host outside its pools are not deleted from here</source>
        <translation>ストレージプールにありません。このホストのプール外にあるファイルはここからは削除しません</translation>
    </message>
    <message>
        <source>a block device outside the host&apos;s pools</source>
        <translation>ホストのプール外にあるブロックデバイス</translation>
    </message>
    <message>
        <source>Reading the storage of {vm}</source>
        <translation>{vm} のストレージを読み込み中</translation>
    </message>
    <message>
        <source>{vm} is running: it has to be forced off first (its unsaved state is lost).</source>
        <translation>{vm} は実行中です。先に強制オフする必要があります (保存されていない状態は失われます)。</translation>
    </message>
    <message>
        <source>libvirt does not remove a VM with a saved state: delete the saved state too, or start the VM and shut it down first.</source>
        <translation>libvirt は保存状態のある VM を削除しません。保存状態も削除するか、VM を起動してからシャットダウンしてください。</translation>
    </message>
    <message>
        <source>libvirt does not remove a VM that still lists snapshots or checkpoints: remove their metadata too (their data in the disk images is not touched).</source>
        <translation>libvirt は、スナップショットやチェックポイントがまだ登録されている VM を削除しません。それらのメタデータも削除してください (ディスクイメージ内のデータには影響しません)。</translation>
    </message>
    <message>
        <source>{disk} cannot be deleted: {why}.</source>
        <translation>{disk} は削除できません: {why}。</translation>
    </message>
    <message>
        <source>the storage {disk}, wiped first</source>
        <translation>ストレージ {disk} (先に消去)</translation>
    </message>
    <message>
        <source>the storage {disk}</source>
        <translation>ストレージ {disk}</translation>
    </message>
    <message>
        <source>the running state of {vm} (forced off)</source>
        <translation>{vm} の実行状態 (強制オフ)</translation>
    </message>
    <message>
        <source>the definition of {vm}</source>
        <translation>{vm} の定義</translation>
    </message>
    <message>
        <source>its saved state</source>
        <translation>保存状態</translation>
    </message>
    <message>
        <source>the metadata of its snapshots and checkpoints</source>
        <translation>スナップショットとチェックポイントのメタデータ</translation>
    </message>
    <message>
        <source>its NVRAM {path}</source>
        <translation>NVRAM {path}</translation>
    </message>
    <message>
        <source>the saved state</source>
        <translation>保存状態</translation>
    </message>
    <message>
        <source>{failed}: {error}. Not removed: {left}.</source>
        <translation>{failed}: {error}。削除されていないもの: {left}。</translation>
    </message>
    <message>
        <source>Wiped and deleted the volume {volume} of the pool {pool} ({path})</source>
        <translation>プール {pool} のボリューム {volume} ({path}) を消去して削除しました</translation>
    </message>
    <message>
        <source>Deleted the volume {volume} of the pool {pool} ({path})</source>
        <translation>プール {pool} のボリューム {volume} ({path}) を削除しました</translation>
    </message>
    <message>
        <source>Wiped and deleted the file {path}</source>
        <translation>ファイル {path} を消去して削除しました</translation>
    </message>
    <message>
        <source>Deleted the file {path}</source>
        <translation>ファイル {path} を削除しました</translation>
    </message>
    <message>
        <source>Checking who uses the storage</source>
        <translation>ストレージの使用状況を確認中</translation>
    </message>
    <message>
        <source>Nothing was removed: {disks} cannot be deleted.</source>
        <translation>何も削除していません: {disks} は削除できません。</translation>
    </message>
    <message>
        <source>Nothing was removed: {disk} is now used by {vms}.</source>
        <translation>何も削除していません: {disk} は現在 {vms} が使用しています。</translation>
    </message>
    <message>
        <source>Nothing was removed: {vm} is running.</source>
        <translation>何も削除していません: {vm} は実行中です。</translation>
    </message>
    <message>
        <source>Forcing {vm} off</source>
        <translation>{vm} を強制オフ中</translation>
    </message>
    <message>
        <source>{vm} could not be forced off</source>
        <translation>{vm} を強制オフできませんでした</translation>
    </message>
    <message>
        <source>Forced {vm} off</source>
        <translation>{vm} を強制オフしました</translation>
    </message>
    <message>
        <source>Deleting {disk}</source>
        <translation>{disk} を削除中</translation>
    </message>
    <message>
        <source>Deleting {disk} failed</source>
        <translation>{disk} を削除できませんでした</translation>
    </message>
    <message>
        <source>{vm} was transient: it is gone now that it is off</source>
        <translation>{vm} は一時的な VM だったため、オフになった時点で消えました</translation>
    </message>
    <message>
        <source>Removing the definition of {vm}</source>
        <translation>{vm} の定義を削除中</translation>
    </message>
    <message>
        <source>Removing the definition of {vm} failed</source>
        <translation>{vm} の定義を削除できませんでした</translation>
    </message>
    <message>
        <source>Removed {what}</source>
        <translation>{what} を削除しました</translation>
    </message>
    <message>
        <source>Kept {what}</source>
        <translation>{what} を残しました</translation>
    </message>
    <message>
        <source>Deleting the VM {vm}</source>
        <translation>VM {vm} を削除中</translation>
    </message>
    <message>
        <source>Deleting {names} from {pool}</source>
        <translation>{pool} から {names} を削除中</translation>
    </message>
    <message>
        <source>Uploading {file} into {volume}</source>
        <translation>{file} を {volume} にアップロード中</translation>
    </message>
    <message>
        <source>Created the volume {volume} of {size}</source>
        <translation>{size} のボリューム {volume} を作成しました</translation>
    </message>
    <message>
        <source>Removed the unfinished volume {volume}</source>
        <translation>未完成のボリューム {volume} を削除しました</translation>
    </message>
    <message>
        <source>Downloading {volume} to {file}</source>
        <translation>{volume} を {file} にダウンロード中</translation>
    </message>
    <message>
        <source>No external viewer is installed: install remote-viewer (the package virt-viewer on Debian, Ubuntu and Fedora).</source>
        <translation>外部ビューアーがインストールされていません。remote-viewer (Debian、Ubuntu、Fedora では virt-viewer パッケージ) をインストールしてください。</translation>
    </message>
    <message>
        <source>Only virt-viewer is installed, which cannot use virtdesk&apos;s SSH connection: install remote-viewer (the package virt-viewer on Debian, Ubuntu and Fedora).</source>
        <translation>virt-viewer しかインストールされていませんが、virt-viewer は virtdesk の SSH 接続を使えません。remote-viewer (Debian、Ubuntu、Fedora では virt-viewer パッケージ) をインストールしてください。</translation>
    </message>
    <message>
        <source>Opening {name} in an external viewer</source>
        <translation>{name} を外部ビューアーで開いています</translation>
    </message>
    <message>
        <source>{program} could not be started: {error}</source>
        <translation>{program} を起動できませんでした: {error}</translation>
    </message>
    <message>
        <source>{program} crashed.</source>
        <translation>{program} がクラッシュしました。</translation>
    </message>
    <message>
        <source>{program} ended with exit code {code}.</source>
        <translation>{program} が終了コード {code} で終了しました。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>非アクティブ</translation>
    </message>
    <message>
        <source>This host runs no display servers: it is libvirt&apos;s test driver, whose VMs have no screens.</source>
        <translation>このホストではディスプレイサーバーが動作していません。libvirt のテストドライバーのため、VM には画面がありません。</translation>
    </message>
    <message>
        <source>The VM&apos;s configuration could not be read.</source>
        <translation>VM の設定を読み込めませんでした。</translation>
    </message>
    <message>
        <source>This VM has no graphical display.</source>
        <translation>この VM にはグラフィカルディスプレイがありません。</translation>
    </message>
    <message>
        <source>This VM&apos;s display is {kind}; virtdesk shows VNC displays itself. Use an external viewer for it.</source>
        <translation>この VM のディスプレイは {kind} です。virtdesk 自身が表示できるのは VNC ディスプレイだけです。外部ビューアーを使用してください。</translation>
    </message>
    <message>
        <source>Connecting to the display of {name}</source>
        <translation>{name} のディスプレイに接続中</translation>
    </message>
    <message>
        <source>The VM is not running.</source>
        <translation>VM は実行されていません。</translation>
    </message>
    <message>
        <source>This VM has no {kinds} display.</source>
        <translation>この VM には {kinds} ディスプレイがありません。</translation>
    </message>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <source>The VM&apos;s display listens only on the host&apos;s own loopback address ({address}), which can be reached only over SSH: connect to the host with virtdesk&apos;s SSH (a qemu+ssh connection) to see it.</source>
        <translation>VM のディスプレイはホスト自身のループバックアドレス ({address}) でのみ待ち受けているため、SSH 経由でしか接続できません。表示するには、virtdesk の SSH (qemu+ssh 接続) でホストに接続してください。</translation>
    </message>
    <message>
        <source>libvirt&apos;s display socket</source>
        <translation>libvirt のディスプレイソケット</translation>
    </message>
    <message>
        <source>The VM&apos;s display listens on a UNIX socket of the host ({path}), which virtdesk cannot reach from here.</source>
        <translation>VM のディスプレイはホストの UNIX ソケット ({path}) で待ち受けていますが、virtdesk はここからそのソケットに接続できません。</translation>
    </message>
    <message>
        <source>The VM&apos;s display has no port (it listens nowhere).</source>
        <translation>VM のディスプレイにはポートがありません (どこでも待ち受けていません)。</translation>
    </message>
    <message>
        <source>Could not connect to the display at {host} port {port}: {error}</source>
        <translation>ディスプレイ ({host} のポート {port}) に接続できませんでした: {error}</translation>
    </message>
    <message>
        <source>Could not connect to the display at {path}: {error}</source>
        <translation>ディスプレイ ({path}) に接続できませんでした: {error}</translation>
    </message>
    <message>
        <source>The SSH connection to {host} was lost: {reason}.</source>
        <translation>{host} への SSH 接続が切れました: {reason}。</translation>
    </message>
    <message>
        <source>SSH to {host}</source>
        <translation>{host} への SSH</translation>
    </message>
    <message>
        <source>The QEMU monitor exists only for QEMU/KVM virtual machines.</source>
        <translation>QEMU モニターは QEMU/KVM の仮想マシンにしかありません。</translation>
    </message>
    <message>
        <source>The connection to {host} is read-only: the QEMU monitor needs full access.</source>
        <translation>{host} への接続は読み取り専用です。QEMU モニターにはフルアクセスが必要です。</translation>
    </message>
    <message>
        <source>Not connected to {host}.</source>
        <translation>{host} に接続していません。</translation>
    </message>
    <message>
        <source>{name} is not running: the QEMU monitor exists while it runs.</source>
        <translation>{name} は実行されていません。QEMU モニターは実行中にのみ使用できます。</translation>
    </message>
    <message>
        <source>Checking whether the connection to {host} may use the QEMU monitor…</source>
        <translation>{host} への接続で QEMU モニターを使えるか確認しています…</translation>
    </message>
    <message>
        <source>Checking whether the connection to {host} is read-only</source>
        <translation>{host} への接続が読み取り専用か確認する</translation>
    </message>
    <message>
        <source>QEMU monitor command on {name}</source>
        <translation>{name} での QEMU モニターコマンド</translation>
    </message>
    <message>
        <source>Console {number}</source>
        <translation>コンソール {number}</translation>
    </message>
    <message>
        <source>Text console {number} (virtio)</source>
        <translation>テキストコンソール {number} (virtio)</translation>
    </message>
    <message>
        <source>Serial port {number}</source>
        <translation>シリアルポート {number}</translation>
    </message>
    <message>
        <source>Console {number} (Xen)</source>
        <translation>コンソール {number} (Xen)</translation>
    </message>
    <message>
        <source>Console {number} (SCLP)</source>
        <translation>コンソール {number} (SCLP)</translation>
    </message>
    <message>
        <source>Console {number} (SCLP line mode)</source>
        <translation>コンソール {number} (SCLP ラインモード)</translation>
    </message>
    <message>
        <source>Opening the console of {name}</source>
        <translation>{name} のコンソールを開いています</translation>
    </message>
    <message>
        <source>Another client has this console open. Take it over to use it here.</source>
        <translation>別のクライアントがこのコンソールを開いています。ここで使うには、コンソールを引き継いでください。</translation>
    </message>
    <message>
        <source>The connection to {host} was lost.</source>
        <translation>{host} との接続が切れました。</translation>
    </message>
    <message>
        <source>{name} is not running.</source>
        <translation>{name} は実行されていません。</translation>
    </message>
    <message>
        <source>The console could not be opened: {reason}</source>
        <translation>コンソールを開けませんでした: {reason}</translation>
    </message>
    <message>
        <source>The console was closed.</source>
        <translation>コンソールが閉じられました。</translation>
    </message>
    <message>
        <source>The console closed: {reason}</source>
        <translation>コンソールが閉じられました: {reason}</translation>
    </message>
    <message>
        <source>Another client took this console over ({reason}).</source>
        <translation>別のクライアントがこのコンソールを引き継ぎました ({reason})。</translation>
    </message>
    <message>
        <source>{name} stopped.</source>
        <translation>{name} が停止しました。</translation>
    </message>
    <message>
        <source>This VM has no VNC or SPICE display.</source>
        <translation>この VM には VNC または SPICE ディスプレイがありません。</translation>
    </message>
    <message>
        <source>The VM&apos;s display has no TCP port for a viewer to connect to.</source>
        <translation>VM のディスプレイには、ビューアーが接続できる TCP ポートがありません。</translation>
    </message>
    <message>
        <source>The VM&apos;s display listens only on the host&apos;s own loopback address ({address}), which can be reached only over SSH: connect to the host with virtdesk&apos;s SSH (a qemu+ssh connection) to open it.</source>
        <translation>VM のディスプレイはホスト自身のループバックアドレス ({address}) でのみ待ち受けているため、SSH 経由でしか接続できません。開くには、virtdesk の SSH (qemu+ssh 接続) でホストに接続してください。</translation>
    </message>
    <message>
        <source>Finding the display of {name}</source>
        <translation>{name} のディスプレイを検索中</translation>
    </message>
    <message>
        <source>no local storage (network disk or empty drive)</source>
        <translation>ローカルストレージなし (ネットワークディスクまたは空のドライブ)</translation>
    </message>
    <message>
        <source>a LUN of the pool {pool}: libvirt cannot make volumes there</source>
        <translation>プール {pool} の LUN: libvirt はそこにボリュームを作成できません</translation>
    </message>
    <message>
        <source>a file outside the host&apos;s storage pools: only files of this machine can be copied</source>
        <translation>ホストのストレージプール外にあるファイル: コピーできるのはこのマシン上のファイルだけです</translation>
    </message>
    <message>
        <source>a block device outside the host&apos;s storage pools</source>
        <translation>ホストのストレージプール外にあるブロックデバイス</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>ファイルが存在しません</translation>
    </message>
    <message>
        <source>Reading {vm} for cloning</source>
        <translation>クローンのために {vm} を読み込み中</translation>
    </message>
    <message>
        <source>Give the clone a name.</source>
        <translation>クローンの名前を指定してください。</translation>
    </message>
    <message>
        <source>A VM name cannot contain “/”.</source>
        <translation>VM の名前に “/” は使えません。</translation>
    </message>
    <message>
        <source>There is already a VM named {name}.</source>
        <translation>{name} という名前の VM は既にあります。</translation>
    </message>
    <message>
        <source>Could not remove {what} again: {error}</source>
        <translation>{what} を削除して元に戻すことができませんでした: {error}</translation>
    </message>
    <message>
        <source>Removed {what} again</source>
        <translation>{what} を削除して元に戻しました</translation>
    </message>
    <message>
        <source>Cloning {volume} as {name}</source>
        <translation>{volume} を {name} としてクローン中</translation>
    </message>
    <message>
        <source>Creating the empty volume {name}</source>
        <translation>空のボリューム {name} を作成中</translation>
    </message>
    <message>
        <source>the volume {name} of the pool {pool}</source>
        <translation>プール {pool} のボリューム {name}</translation>
    </message>
    <message>
        <source>Cloned {source} as {path}</source>
        <translation>{source} を {path} としてクローンしました</translation>
    </message>
    <message>
        <source>Created the empty volume {path}</source>
        <translation>空のボリューム {path} を作成しました</translation>
    </message>
    <message>
        <source>Copying {source} to {path}</source>
        <translation>{source} を {path} にコピー中</translation>
    </message>
    <message>
        <source>the file {path}</source>
        <translation>ファイル {path}</translation>
    </message>
    <message>
        <source>Copied {source} to {path}</source>
        <translation>{source} を {path} にコピーしました</translation>
    </message>
    <message>
        <source>The NVRAM was not copied (the host&apos;s files are not this machine&apos;s): the clone starts with the firmware&apos;s initial variables at {path}</source>
        <translation>NVRAM はコピーしませんでした (ホストのファイルはこのマシンのファイルではありません)。クローンは {path} に用意されるファームウェアの初期変数で起動します</translation>
    </message>
    <message>
        <source>{vm} has no NVRAM file yet: the clone gets the firmware&apos;s initial variables at {path}</source>
        <translation>{vm} にはまだ NVRAM ファイルがありません。クローンは {path} に用意されるファームウェアの初期変数で起動します</translation>
    </message>
    <message>
        <source>the NVRAM {path}</source>
        <translation>NVRAM {path}</translation>
    </message>
    <message>
        <source>Copied the NVRAM to {path}</source>
        <translation>NVRAM を {path} にコピーしました</translation>
    </message>
    <message>
        <source>Nothing was done: {vm} is running, and copying disks in use was not chosen.</source>
        <translation>何もしていません: {vm} は実行中ですが、使用中のディスクをコピーすることが選択されていません。</translation>
    </message>
    <message>
        <source>{vm} stopped while its disks were copied (it crashed, or was destroyed or shut down): a copy of disks in use that ends in a crash cannot be trusted, so the clone was not made.</source>
        <translation>ディスクのコピー中に {vm} が停止しました (クラッシュ、強制停止、またはシャットダウン)。使用中のディスクのコピーがクラッシュで終わった場合は信頼できないため、クローンは作成されませんでした。</translation>
    </message>
    <message>
        <source>Defining {vm}</source>
        <translation>{vm} を定義中</translation>
    </message>
    <message>
        <source>Defined the VM {vm} (UUID {uuid})</source>
        <translation>VM {vm} (UUID {uuid}) を定義しました</translation>
    </message>
    <message>
        <source>Cloning {vm} as {name}</source>
        <translation>{vm} を {name} としてクローン中</translation>
    </message>
    <message>
        <source>The VNC server closed the connection.</source>
        <translation>VNC サーバーが接続を閉じました。</translation>
    </message>
    <message>
        <source>The VM&apos;s state could not be read afterwards: {error}</source>
        <translation>その後の VM の状態を読み取れませんでした: {error}</translation>
    </message>
    <message>
        <source>Afterwards the VM is {state}.</source>
        <translation>その後、VM は{state}です。</translation>
    </message>
    <message>
        <source>The snapshot {name} exists.</source>
        <translation>スナップショット {name} は存在します。</translation>
    </message>
    <message>
        <source>There is no snapshot {name}.</source>
        <translation>スナップショット {name} はありません。</translation>
    </message>
    <message>
        <source>The disk {disk} writes to {path}.</source>
        <translation>ディスク {disk} は {path} に書き込みます。</translation>
    </message>
    <message>
        <source>Taking a picture of the screen</source>
        <translation>画面の画像を撮っています</translation>
    </message>
    <message>
        <source>Could not write {path}</source>
        <translation>{path} に書き込めませんでした</translation>
    </message>
    <message>
        <source>No picture of the screen: {error}</source>
        <translation>画面の画像はありません: {error}</translation>
    </message>
    <message>
        <source>Creating the snapshot {name}</source>
        <translation>スナップショット {name} を作成しています</translation>
    </message>
    <message>
        <source>The disk {disk} now writes to the overlay {path}</source>
        <translation>ディスク {disk} は今後オーバーレイ {path} に書き込みます</translation>
    </message>
    <message>
        <source>Created the external snapshot {name} (disks only, file systems quiesced)</source>
        <translation>外部スナップショット {name} を作成しました (ディスクのみ、ファイルシステムを静止化)</translation>
    </message>
    <message>
        <source>Created the external snapshot {name} (disks only)</source>
        <translation>外部スナップショット {name} を作成しました (ディスクのみ)</translation>
    </message>
    <message>
        <source>Created the internal snapshot {name} with the VM&apos;s memory</source>
        <translation>VM のメモリーを含む内部スナップショット {name} を作成しました</translation>
    </message>
    <message>
        <source>Created the internal snapshot {name}</source>
        <translation>内部スナップショット {name} を作成しました</translation>
    </message>
    <message>
        <source>Kept a picture of the screen in {path}</source>
        <translation>画面の画像を {path} に保存しました</translation>
    </message>
    <message>
        <source>Reverting to {name}</source>
        <translation>{name} に戻しています</translation>
    </message>
    <message>
        <source>Reverted to {name}: the VM is {state}</source>
        <translation>{name} に戻しました: VM は{state}です</translation>
    </message>
    <message>
        <source>Deleting {names}</source>
        <translation>{names} を削除しています</translation>
    </message>
    <message>
        <source>Removed libvirt&apos;s record of {name}; its data stays in the disk images</source>
        <translation>{name} の libvirt の記録を削除しました。データはディスクイメージに残っています</translation>
    </message>
    <message>
        <source>Deleted the snapshot {name}</source>
        <translation>スナップショット {name} を削除しました</translation>
    </message>
    <message>
        <source>Kept {child}, now a child of {parent}</source>
        <translation>{child} を残しました。現在は {parent} の子です</translation>
    </message>
    <message>
        <source>Kept {child}, now a snapshot without a parent</source>
        <translation>{child} を残しました。現在は親のないスナップショットです</translation>
    </message>
    <message>
        <source>Changing the description of the snapshot {name} of {vm}</source>
        <translation>{vm} のスナップショット {name} の説明を変更しています</translation>
    </message>
    <message>
        <source>The VM stopped while the job on {disk} ran.</source>
        <translation>{disk} のジョブの実行中に VM が停止しました。</translation>
    </message>
    <message>
        <source>libvirt&apos;s job on {disk} ended before it was ready.</source>
        <translation>{disk} の libvirt のジョブが準備完了前に終了しました。</translation>
    </message>
    <message>
        <source>Nothing was done: {why}</source>
        <translation>何も行われませんでした: {why}</translation>
    </message>
    <message>
        <source>Merging {path} into its backing file</source>
        <translation>{path} をバッキングファイルにマージしています</translation>
    </message>
    <message>
        <source>Switching {disk} to its backing file</source>
        <translation>{disk} をバッキングファイルに切り替えています</translation>
    </message>
    <message>
        <source>Merged {overlay} into {path}: the disk {disk} writes to {path} again; the overlay file is no longer used and was kept</source>
        <translation>{overlay} を {path} にマージしました: ディスク {disk} は再び {path} に書き込みます。オーバーレイファイルは使われなくなり、残してあります</translation>
    </message>
    <message>
        <source>Pulling the backing data of {disk} into {path}</source>
        <translation>{disk} のバッキングデータを {path} に取り込んでいます</translation>
    </message>
    <message>
        <source>The pull into {path} did not finish: {disk} still has a backing file.</source>
        <translation>{path} への取り込みは完了しませんでした: {disk} にはまだバッキングファイルがあります。</translation>
    </message>
    <message>
        <source>Pulled all data of {disk} into {path}: it no longer needs its backing file, which was kept</source>
        <translation>{disk} のすべてのデータを {path} に取り込みました: バッキングファイルは不要になりましたが、残してあります</translation>
    </message>
    <message>
        <source>Not merged: {disks}. Each still writes to its overlay, so no data is lost; a backing file may already hold part of its overlay&apos;s data, which does no harm. The snapshot {name} was kept.</source>
        <translation>マージされていません: {disks}。それぞれ引き続きオーバーレイに書き込むため、データは失われません。バッキングファイルがオーバーレイのデータの一部をすでに持っていることがありますが、害はありません。スナップショット {name} は残してあります。</translation>
    </message>
    <message>
        <source>Not pulled: {disks}. Each still reads what its overlay lacks from its backing file, so no data is lost.</source>
        <translation>取り込まれていません: {disks}。それぞれオーバーレイにないデータを引き続きバッキングファイルから読むため、データは失われません。</translation>
    </message>
    <message>
        <source>Removed libvirt&apos;s record of {name}: its overlays are merged</source>
        <translation>{name} の libvirt の記録を削除しました: オーバーレイはマージ済みです</translation>
    </message>
    <message>
        <source>Creating the snapshot {name} of {vm}</source>
        <translation>{vm} のスナップショット {name} を作成しています</translation>
    </message>
    <message>
        <source>Reverting {vm} to {name} (saving the current state as {first} first)</source>
        <translation>{vm} を {name} に戻しています (先に現在の状態を {first} として保存)</translation>
    </message>
    <message>
        <source>Reverting {vm} to {name}</source>
        <translation>{vm} を {name} に戻しています</translation>
    </message>
    <message>
        <source>Deleting the snapshot {name} of {vm}</source>
        <translation>{vm} のスナップショット {name} を削除しています</translation>
    </message>
    <message>
        <source>Merging the snapshot {name} of {vm}</source>
        <translation>{vm} のスナップショット {name} をマージしています</translation>
    </message>
    <message>
        <source>Pulling the backing data into the snapshot {name} of {vm}</source>
        <translation>{vm} のスナップショット {name} にバッキングデータを取り込んでいます</translation>
    </message>
    <message>
        <source>external</source>
        <translation>外部</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>{kind}, with memory</source>
        <translation>{kind}、メモリーあり</translation>
    </message>
    <message>
        <source>{kind}, disks only</source>
        <translation>{kind}、ディスクのみ</translation>
    </message>
    <message>
        <source>Reading the snapshots of {vm}</source>
        <translation>{vm} のスナップショットを読み込んでいます</translation>
    </message>
    <message>
        <source>Choose a snapshot.</source>
        <translation>スナップショットを選んでください。</translation>
    </message>
    <message>
        <source>libvirt {version} takes no internal snapshot of a VM with UEFI firmware in flash (pflash), running or shut off (10.9 and newer can): take an external snapshot.</source>
        <translation>libvirt {version} は、フラッシュ (pflash) 上の UEFI ファームウェアを使う VM の内部スナップショットを、実行中でも停止中でも作成できません (10.9 以降は可能): 外部スナップショットを作成してください。</translation>
    </message>
    <message>
        <source>An internal snapshot is kept in the VM&apos;s qcow2 disk images, and the VM has no writable disk.</source>
        <translation>内部スナップショットは VM の qcow2 ディスクイメージに保存されますが、この VM には書き込み可能なディスクがありません。</translation>
    </message>
    <message>
        <source>The disk {disk} is excluded from snapshots (snapshot=&apos;no&apos;): an internal snapshot must include every disk.</source>
        <translation>ディスク {disk} はスナップショットから除外されています (snapshot=&apos;no&apos;)。内部スナップショットにはすべてのディスクが含まれる必要があります。</translation>
    </message>
    <message>
        <source>The disk {disk} is network storage ({protocol}): internal snapshots need qcow2 image files.</source>
        <translation>ディスク {disk} はネットワークストレージ ({protocol}) です。内部スナップショットには qcow2 イメージファイルが必要です。</translation>
    </message>
    <message>
        <source>The disk {disk} is {format}, not qcow2: only qcow2 images hold internal snapshots.</source>
        <translation>ディスク {disk} は qcow2 ではなく {format} です。内部スナップショットを保持できるのは qcow2 イメージだけです。</translation>
    </message>
    <message>
        <source>The VM has host PCI devices assigned: libvirt cannot save its memory.</source>
        <translation>VM にホストの PCI デバイスが割り当てられています: libvirt はそのメモリーを保存できません。</translation>
    </message>
    <message>
        <source>The test driver takes no external snapshots.</source>
        <translation>テストドライバーは外部スナップショットを作成できません。</translation>
    </message>
    <message>
        <source>The VM has no writable disk image an external snapshot could put an overlay on.</source>
        <translation>VM には、外部スナップショットがオーバーレイを置ける書き込み可能なディスクイメージがありません。</translation>
    </message>
    <message>
        <source>Quiescing is for external snapshots, which are unavailable: {why}</source>
        <translation>静止化は外部スナップショット用ですが、外部スナップショットは使えません: {why}</translation>
    </message>
    <message>
        <source>Only a running VM&apos;s file systems can be quiesced.</source>
        <translation>静止化できるのは実行中の VM のファイルシステムだけです。</translation>
    </message>
    <message>
        <source>The VM has no guest agent channel (org.qemu.guest_agent.0).</source>
        <translation>VM にゲストエージェントのチャネル (org.qemu.guest_agent.0) がありません。</translation>
    </message>
    <message>
        <source>The guest agent does not answer.</source>
        <translation>ゲストエージェントが応答しません。</translation>
    </message>
    <message>
        <source>libvirt {version} cannot revert to external snapshots (9.7 and newer can).</source>
        <translation>libvirt {version} は外部スナップショットに戻せません (9.7 以降は可能)。</translation>
    </message>
    <message>
        <source>libvirt {version} deletes only the metadata of external snapshots (9.0 and newer merge their overlays).</source>
        <translation>libvirt {version} は外部スナップショットのメタデータだけを削除します (9.0 以降はオーバーレイをマージします)。</translation>
    </message>
    <message>
        <source>libvirt cannot delete internal and external snapshots together.</source>
        <translation>libvirt は内部スナップショットと外部スナップショットを一緒に削除できません。</translation>
    </message>
    <message>
        <source>libvirt cannot delete the external snapshot {name}: its parent {parent} is internal.</source>
        <translation>libvirt は外部スナップショット {name} を削除できません: 親の {parent} が内部スナップショットです。</translation>
    </message>
    <message>
        <source>libvirt cannot delete the external snapshot {name}: it has more than one child.</source>
        <translation>libvirt は外部スナップショット {name} を削除できません: 子が複数あります。</translation>
    </message>
    <message>
        <source>libvirt deletes an external snapshot of a shut-off VM only while the disks write to its overlays (the newest snapshot): start the VM to delete {name}.</source>
        <translation>libvirt が停止中の VM の外部スナップショットを削除できるのは、ディスクがそのオーバーレイに書き込んでいる場合 (最新のスナップショット) だけです: {name} を削除するには VM を起動してください。</translation>
    </message>
    <message>
        <source>{name} has no children.</source>
        <translation>{name} には子がありません。</translation>
    </message>
    <message>
        <source>The test driver cannot remove a snapshot&apos;s metadata alone.</source>
        <translation>テストドライバーはスナップショットのメタデータだけを削除することはできません。</translation>
    </message>
    <message>
        <source>Only an external snapshot has an overlay to {what}.</source>
        <translation>{what}対象のオーバーレイを持つのは外部スナップショットだけです。</translation>
    </message>
    <message>
        <source>This driver runs no block jobs.</source>
        <translation>このドライバーはブロックジョブを実行できません。</translation>
    </message>
    <message>
        <source>libvirt does this only while the VM runs: start it first.</source>
        <translation>libvirt がこれを行えるのは VM の実行中だけです。先に起動してください。</translation>
    </message>
    <message>
        <source>{name} has newer snapshots: only the newest overlay is the disks&apos; active layer.</source>
        <translation>{name} にはより新しいスナップショットがあります: ディスクのアクティブレイヤーは最新のオーバーレイだけです。</translation>
    </message>
    <message>
        <source>The disks no longer write to this snapshot&apos;s overlays ({disks}).</source>
        <translation>ディスクはもうこのスナップショットのオーバーレイ ({disks}) に書き込んでいません。</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>マージ</translation>
    </message>
    <message>
        <source>pull into</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <source>Give the snapshot a name.</source>
        <translation>スナップショットに名前を付けてください。</translation>
    </message>
    <message>
        <source>A snapshot name cannot contain “/”.</source>
        <translation>スナップショット名に「/」は使えません。</translation>
    </message>
    <message>
        <source>The VM already has a snapshot named {name}.</source>
        <translation>VM にはすでに {name} という名前のスナップショットがあります。</translation>
    </message>
    <message>
        <source>Choose at least one disk.</source>
        <translation>ディスクを少なくとも 1 つ選んでください。</translation>
    </message>
    <message>
        <source>The overlay of {disk} needs an absolute path.</source>
        <translation>{disk} のオーバーレイには絶対パスが必要です。</translation>
    </message>
    <message>
        <source>The overlay of {disk} would be a disk image the VM uses: {path}</source>
        <translation>{disk} のオーバーレイが VM の使っているディスクイメージになってしまいます: {path}</translation>
    </message>
    <message>
        <source>Two disks cannot share the overlay {path}.</source>
        <translation>2 つのディスクでオーバーレイ {path} を共有することはできません。</translation>
    </message>
    <message>
        <source>Type or choose the path of a file on the host.</source>
        <translation>ホスト上のファイルのパスを入力するか選んでください。</translation>
    </message>
    <message>
        <source>{path} is not a full path: the host&apos;s libvirt needs one that starts with /.</source>
        <translation>{path} は完全なパスではありません: ホストの libvirt には / で始まるパスが必要です。</translation>
    </message>
    <message>
        <source>{path} names a folder: add the name of the file.</source>
        <translation>{path} はフォルダーを指しています: ファイル名を付け加えてください。</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} は存在しません。</translation>
    </message>
    <message>
        <source>{path} is a folder: give the path of a file.</source>
        <translation>{path} はフォルダーです: ファイルのパスを指定してください。</translation>
    </message>
    <message>
        <source>Saving {vm} to {path}</source>
        <translation>{vm} を {path} に保存しています</translation>
    </message>
    <message>
        <source>Saved the memory and state of {vm} to {path}.</source>
        <translation>{vm} のメモリーと状態を {path} に保存しました。</translation>
    </message>
    <message>
        <source>{vm} is shut off; Restore from File… with this file brings it back as it was.</source>
        <translation>{vm} は停止しています。このファイルで「ファイルから復元…」を行うと元の状態に戻ります。</translation>
    </message>
    <message>
        <source>Saving {vm} to a file</source>
        <translation>{vm} をファイルに保存しています</translation>
    </message>
    <message>
        <source>Restoring {vm} from {path}</source>
        <translation>{vm} を {path} から復元しています</translation>
    </message>
    <message>
        <source>Restored {vm} from {path}; it is {state}.</source>
        <translation>{vm} を {path} から復元しました。{state}です。</translation>
    </message>
    <message>
        <source>The file {path} is kept.</source>
        <translation>ファイル {path} は残してあります。</translation>
    </message>
    <message>
        <source>Restoring a VM from {path}</source>
        <translation>{path} から VM を復元しています</translation>
    </message>
    <message>
        <source>Dumping {vm} to {path}</source>
        <translation>{vm} を {path} にダンプしています</translation>
    </message>
    <message>
        <source>Wrote the memory of {vm} to {path} ({format}).</source>
        <translation>{vm} のメモリーを {path} に書き出しました ({format})。</translation>
    </message>
    <message>
        <source>Wrote the memory and device state of {vm} to {path}.</source>
        <translation>{vm} のメモリーとデバイスの状態を {path} に書き出しました。</translation>
    </message>
    <message>
        <source>{vm} was stopped after the dump, as crashed.</source>
        <translation>ダンプの後、{vm} をクラッシュとして停止しました。</translation>
    </message>
    <message>
        <source>{vm} was reset after the dump.</source>
        <translation>ダンプの後、{vm} をリセットしました。</translation>
    </message>
    <message>
        <source>Dumping the memory of {vm}</source>
        <translation>{vm} のメモリーをダンプしています</translation>
    </message>
    <message>
        <source>{source} is not connected</source>
        <translation>{source} は接続されていません</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>the same host as {source} (host UUID {uuid})</source>
        <translation>{source} と同じホストです (ホスト UUID {uuid})</translation>
    </message>
    <message>
        <source>{source} runs {a} and {destination} runs {b}: a VM moves only between hosts of one hypervisor</source>
        <translation>{source} は {a}、{destination} は {b} を実行しています: VM を移動できるのは同じハイパーバイザーのホスト間だけです</translation>
    </message>
    <message>
        <source>{host} cannot migrate VMs (its libvirt driver offers no migration)</source>
        <translation>{host} は VM を移行できません (libvirt ドライバーが移行に対応していません)</translation>
    </message>
    <message>
        <source>{vm} is shut off: it moves offline, only its definition</source>
        <translation>{vm} は停止しています: オフラインで定義だけが移動します</translation>
    </message>
    <message>
        <source>an offline migration has no data to tunnel</source>
        <translation>オフライン移行にはトンネルするデータがありません</translation>
    </message>
    <message>
        <source>an offline migration moves only the definition: libvirt copies no storage</source>
        <translation>オフライン移行は定義だけを移動します: libvirt はストレージをコピーしません</translation>
    </message>
    <message>
        <source>an offline migration always defines the VM on the destination</source>
        <translation>オフライン移行は常に移行先で VM を定義します</translation>
    </message>
    <message>
        <source>for a running VM only</source>
        <translation>実行中の VM のみ</translation>
    </message>
    <message>
        <source>{host} cannot migrate running VMs live</source>
        <translation>{host} は実行中の VM をライブ移行できません</translation>
    </message>
    <message>
        <source>{vm} is not defined on {source} (it is transient)</source>
        <translation>{vm} は {source} で定義されていません (一時的な VM です)</translation>
    </message>
    <message>
        <source>only QEMU/KVM hosts offer this</source>
        <translation>これは QEMU/KVM ホストだけが提供します</translation>
    </message>
    <message>
        <source>{source}&apos;s libvirt would open {uri} on itself: that URI names no host</source>
        <translation>{source} の libvirt は {uri} を自分自身で開くことになります: その URI にはホストの指定がありません</translation>
    </message>
    <message>
        <source>for a live migration only</source>
        <translation>ライブ移行のみ</translation>
    </message>
    <message>
        <source>libvirt does not do post-copy through a tunnel</source>
        <translation>libvirt はトンネル経由のポストコピーを行いません</translation>
    </message>
    <message>
        <source>a tunnelled migration sends everything over libvirt&apos;s connection</source>
        <translation>トンネル移行はすべてを libvirt の接続経由で送ります</translation>
    </message>
    <message>
        <source>The migration address must be tcp://HOST or tcp://HOST:PORT (or rdma://…), not {address}.</source>
        <translation>移行アドレスは {address} ではなく、tcp://HOST または tcp://HOST:PORT (または rdma://…) である必要があります。</translation>
    </message>
    <message>
        <source>{destination} cannot take the VM: {why}.</source>
        <translation>{destination} はこの VM を受け入れられません: {why}。</translation>
    </message>
    <message>
        <source>{destination} has another VM named {vm} (UUID {uuid}).</source>
        <translation>{destination} には {vm} という名前の別の VM があります (UUID {uuid})。</translation>
    </message>
    <message>
        <source>{destination} has a VM with the UUID of {vm}, named {other}.</source>
        <translation>{destination} には {vm} と同じ UUID を持つ VM {other} があります。</translation>
    </message>
    <message>
        <source>{vm} runs on {destination} already.</source>
        <translation>{vm} はすでに {destination} で実行されています。</translation>
    </message>
    <message>
        <source>The CPU of {vm} is not compatible with {destination}: {detail}</source>
        <translation>{vm} の CPU は {destination} と互換性がありません: {detail}</translation>
    </message>
    <message>
        <source>Not on {destination}: {paths}. Choose to copy the storage, or make these disks available there at the same paths.</source>
        <translation>{destination} にありません: {paths}。ストレージのコピーを選ぶか、移行先で同じパスにこれらのディスクを用意してください。</translation>
    </message>
    <message>
        <source>Not on {destination}: {paths}. An offline migration moves only the definition: copy the disks there first, or migrate the VM while it runs, copying its storage.</source>
        <translation>{destination} にありません: {paths}。オフライン移行は定義だけを移動します: 先にディスクを移行先にコピーするか、VM の実行中にストレージをコピーしながら移行してください。</translation>
    </message>
    <message>
        <source>an incremental copy needs the image on the destination already, over its backing images</source>
        <translation>増分コピーには、移行先にバッキングイメージの上に重なるイメージが既に必要です</translation>
    </message>
    <message>
        <source>{disk} ({path}) cannot be copied: {why}.</source>
        <translation>{disk} ({path}) はコピーできません: {why}。</translation>
    </message>
    <message>
        <source>{destination} has no active storage pool {pool} that keeps its volumes as files.</source>
        <translation>{destination} には、ボリュームをファイルとして保持する稼働中のストレージプール {pool} がありません。</translation>
    </message>
    <message>
        <source>An incremental copy goes only into images that exist with their backing images: copy the disks completely into {pool}, or copy to the same paths.</source>
        <translation>増分コピーは、バッキングイメージと共に存在するイメージにしか書き込めません: ディスクを {pool} に完全にコピーするか、同じパスにコピーしてください。</translation>
    </message>
    <message>
        <source>{pool} on {destination} has a volume named {name} already: choose another pool, or remove it there.</source>
        <translation>{destination} の {pool} には {name} という名前のボリュームが既にあります: 別のプールを選ぶか、そちらで削除してください。</translation>
    </message>
    <message>
        <source>Two disks would be copied to {name} in {pool}.</source>
        <translation>2 つのディスクが {pool} の {name} にコピーされることになります。</translation>
    </message>
    <message>
        <source>The CPU was not compared: {why}</source>
        <translation>CPU は比較されませんでした: {why}</translation>
    </message>
    <message>
        <source>The CPU of {vm} is not compatible with {destination}: it will not start there until its CPU is changed ({detail})</source>
        <translation>{vm} の CPU は {destination} と互換性がありません: CPU を変更するまで移行先では起動しません ({detail})</translation>
    </message>
    <message>
        <source>{destination} has a definition of {vm} already (same UUID): the migrated one replaces it.</source>
        <translation>{destination} にはすでに {vm} の定義があります (同じ UUID): 移行したものに置き換わります。</translation>
    </message>
    <message>
        <source>{source}&apos;s libvirt opens {uri} itself: it needs its own way in (SSH keys, TLS certificates), not virtdesk&apos;s.</source>
        <translation>{source} の libvirt は {uri} を自分で開きます: virtdesk のものではなく、libvirt 自身の接続手段 (SSH 鍵、TLS 証明書) が必要です。</translation>
    </message>
    <message>
        <source>Post-copy: after the first pass over memory the VM runs on {destination} while the rest follows; from then on the migration cannot be cancelled, and a broken link loses the VM.</source>
        <translation>ポストコピー: メモリーの最初のパスの後、残りを送りながら VM は {destination} で実行されます。それ以降は移行を取り消せず、接続が切れると VM は失われます。</translation>
    </message>
    <message>
        <source>Only the top images are copied: their backing images must be on {destination} already.</source>
        <translation>最上位のイメージだけがコピーされます: バッキングイメージはすでに {destination} にある必要があります。</translation>
    </message>
    <message>
        <source>{path} exists on {destination}: the copy writes over it.</source>
        <translation>{path} は {destination} に存在します: コピーで上書きされます。</translation>
    </message>
    <message>
        <source>{done} of {total} sent, {remaining} to go</source>
        <translation>{total} 中 {done} を送信、残り {remaining}</translation>
    </message>
    <message>
        <source>memory dirtied at {rate}</source>
        <translation>メモリー変更速度 {rate}</translation>
    </message>
    <message>
        <source>pass {number} over memory</source>
        <translation>メモリーの {number} 回目のパス</translation>
    </message>
    <message>
        <source>expected downtime {ms} ms</source>
        <translation>予想停止時間 {ms} ミリ秒</translation>
    </message>
    <message>
        <source>Reading {vm} for migration</source>
        <translation>移行のため {vm} を読み込んでいます</translation>
    </message>
    <message>
        <source>the VM names no CPU model (the hypervisor&apos;s default CPU)</source>
        <translation>VM に CPU モデルの指定がありません (ハイパーバイザーの既定の CPU)</translation>
    </message>
    <message>
        <source>host-passthrough: the destination&apos;s CPU must be the same model as the source&apos;s</source>
        <translation>host-passthrough: 移行先の CPU は移行元と同じモデルである必要があります</translation>
    </message>
    <message>
        <source>the maximum CPU: the destination&apos;s CPU must be the same model as the source&apos;s</source>
        <translation>最大 CPU: 移行先の CPU は移行元と同じモデルである必要があります</translation>
    </message>
    <message>
        <source>the CPU has no model to compare</source>
        <translation>CPU に比較するモデルがありません</translation>
    </message>
    <message>
        <source>the destination&apos;s hypervisor cannot provide it</source>
        <translation>移行先のハイパーバイザーはそれを提供できません</translation>
    </message>
    <message>
        <source>for both hosts it is this machine&apos;s file: the copy would write over the disk itself</source>
        <translation>両方のホストにとってこのマシンのファイルです: コピーがディスク自体を上書きしてしまいます</translation>
    </message>
    <message>
        <source>the destination has no storage pool named {pool}</source>
        <translation>移行先には {pool} という名前のストレージプールがありません</translation>
    </message>
    <message>
        <source>a block device must exist on the destination before libvirt can copy into it</source>
        <translation>libvirt がコピーする前に、ブロックデバイスが移行先に存在する必要があります</translation>
    </message>
    <message>
        <source>the destination has no storage pool at {folder}, where libvirt would create it</source>
        <translation>移行先には、libvirt が作成する場所である {folder} にストレージプールがありません</translation>
    </message>
    <message>
        <source>Checking {host} for {vm}</source>
        <translation>{vm} のため {host} を確認しています</translation>
    </message>
    <message>
        <source>Nothing of {vm} is on {host}.</source>
        <translation>{host} には {vm} に関するものは何もありません。</translation>
    </message>
    <message>
        <source>{vm} is no longer on {host}: its definition there was removed.</source>
        <translation>{vm} はもう {host} にはありません: そこでの定義は削除されました。</translation>
    </message>
    <message>
        <source>{vm} runs on {host} and is defined there.</source>
        <translation>{vm} は {host} で実行され、そこで定義されています。</translation>
    </message>
    <message>
        <source>{vm} runs on {host} without a definition there: it disappears from {host} when it stops.</source>
        <translation>{vm} は {host} で定義なしで実行されています: 停止すると {host} から消えます。</translation>
    </message>
    <message>
        <source>{vm} is defined on {host}, shut off.</source>
        <translation>{vm} は {host} で定義され、停止しています。</translation>
    </message>
    <message>
        <source>{host} keeps the definition of {vm}, shut off.</source>
        <translation>{host} は停止した {vm} の定義を保持しています。</translation>
    </message>
    <message>
        <source>Could not switch to post-copy: {error}</source>
        <translation>ポストコピーに切り替えられませんでした: {error}</translation>
    </message>
    <message>
        <source>Switched to post-copy: {vm} runs on {host} while the rest of its memory follows</source>
        <translation>ポストコピーに切り替えました: 残りのメモリーを送りながら {vm} は {host} で実行されています</translation>
    </message>
    <message>
        <source>Created {path} on {host} ({size}, {format}) to receive {disk}</source>
        <translation>{disk} を受け取るために {host} に {path} ({size}、{format}) を作成しました</translation>
    </message>
    <message>
        <source>Could not remove {path} on {host}: {error}</source>
        <translation>{host} の {path} を削除できませんでした: {error}</translation>
    </message>
    <message>
        <source>Removed {path} on {host}, made for the copy</source>
        <translation>コピー用に作成した {host} の {path} を削除しました</translation>
    </message>
    <message>
        <source>libvirt copied {disk} of disk data and {memory} of memory in {seconds} s</source>
        <translation>libvirt は {seconds} 秒でディスクデータ {disk} とメモリー {memory} をコピーしました</translation>
    </message>
    <message>
        <source>libvirt copied {memory} of memory in {seconds} s</source>
        <translation>libvirt は {seconds} 秒でメモリー {memory} をコピーしました</translation>
    </message>
    <message>
        <source>Checking {host}</source>
        <translation>{host} を確認しています</translation>
    </message>
    <message>
        <source>Nothing was done: {vm} is {state} now; check the choices again.</source>
        <translation>何も行われませんでした: {vm} は現在{state}です。選択内容をもう一度確認してください。</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>shut off</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Nothing was done: {problems}</source>
        <translation>何も行われませんでした: {problems}</translation>
    </message>
    <message>
        <source>Set the maximum downtime to {ms} ms</source>
        <translation>最大停止時間を {ms} ミリ秒に設定しました</translation>
    </message>
    <message>
        <source>Migrating {vm} to {host}</source>
        <translation>{vm} を {host} に移行しています</translation>
    </message>
    <message>
        <source>The migration was aborted.</source>
        <translation>移行は中止されました。</translation>
    </message>
    <message>
        <source>Migrated {vm} offline (its definition) from {source} to {destination}</source>
        <translation>{vm} を {source} から {destination} にオフラインで (定義を) 移行しました</translation>
    </message>
    <message>
        <source>Migrated {vm} live from {source} to {destination}</source>
        <translation>{vm} を {source} から {destination} にライブ移行しました</translation>
    </message>
    <message>
        <source>Migrated {vm} from {source} to {destination}, paused while its memory was copied</source>
        <translation>{vm} を {source} から {destination} に移行しました (メモリーのコピー中は一時停止)</translation>
    </message>
    <message>
        <source>Copied {disk} from {path} to {copy} on {destination}</source>
        <translation>{disk} を {path} から {destination} の {copy} にコピーしました</translation>
    </message>
    <message>
        <source>Copied its storage: {paths}</source>
        <translation>ストレージをコピーしました: {paths}</translation>
    </message>
    <message>
        <source>no disk</source>
        <translation>ディスクなし</translation>
    </message>
    <message>
        <source>{vm} stopped while the job ran (it crashed, or was destroyed or shut down): {error}</source>
        <translation>ジョブの実行中に {vm} が停止しました (クラッシュ、強制停止、またはシャットダウン): {error}</translation>
    </message>
    <message>
        <source>Saving the memory and state of {vm}</source>
        <translation>{vm} のメモリーと状態を保存しています</translation>
    </message>
    <message>
        <source>Saved the memory and state of {vm} on its host and stopped it; Run restores it as it was.</source>
        <translation>{vm} のメモリーと状態をホストに保存して停止しました。実行すると元の状態に戻ります。</translation>
    </message>
    <message>
        <source>Asking the guest system of {vm} to hibernate</source>
        <translation>{vm} のゲストシステムに休止状態への移行を依頼しています</translation>
    </message>
    <message>
        <source>The guest system of {vm} did not hibernate: {error}</source>
        <translation>{vm} のゲストシステムは休止状態になりませんでした: {error}</translation>
    </message>
    <message>
        <source>Asked the guest system of {vm} to hibernate.</source>
        <translation>{vm} のゲストシステムに休止状態への移行を依頼しました。</translation>
    </message>
    <message>
        <source>Waiting for {vm} to write its memory to its disk and power off</source>
        <translation>{vm} がメモリーを自身のディスクに書き込み、電源が切れるのを待っています</translation>
    </message>
    <message>
        <source>The guest system of {vm} did not hibernate and runs on: it may have no swap space to write its memory to, or hibernation turned off (its kernel log says why).</source>
        <translation>{vm} のゲストシステムは休止状態にならず、動作を続けています: メモリーを書き込むスワップ領域がないか、休止状態が無効になっている可能性があります (理由はゲストのカーネルログにあります)。</translation>
    </message>
    <message>
        <source>{vm} still runs {seconds} seconds after its guest system was asked to hibernate.</source>
        <translation>{vm} はゲストシステムに休止状態への移行を依頼してから {seconds} 秒経っても動作しています。</translation>
    </message>
    <message>
        <source>{vm} hibernated: its memory is on its own disk and it is off; Run starts it where it left off.</source>
        <translation>{vm} は休止状態になりました: メモリーは自身のディスクにあり、電源は切れています。「実行」で中断したところから再開します。</translation>
    </message>
    <message>
        <source>Looking for the desktop keyring</source>
        <translation>デスクトップのキーリングを探す</translation>
    </message>
    <message>
        <source>Reading the remembered password of the display of {name}</source>
        <translation>{name} のディスプレイの記憶したパスワードを読む</translation>
    </message>
    <message>
        <source>Remembering the password of the display of {name}</source>
        <translation>{name} のディスプレイのパスワードを記憶する</translation>
    </message>
    <message>
        <source>Forgetting the password of the display of {name}</source>
        <translation>{name} のディスプレイのパスワードを忘れる</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About virtdesk</source>
        <translation>virtdesk について</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>No connection is selected.</source>
        <translation>接続が選択されていません。</translation>
    </message>
    <message>
        <source>{host}: not connected</source>
        <translation>{host}: 未接続</translation>
    </message>
    <message>
        <source>unknown (not installed)</source>
        <translation>不明 (インストールされていません)</translation>
    </message>
    <message>
        <source>{host}: {version} (the test driver, inside virtdesk)</source>
        <translation>{host}: {version} (テストドライバー、virtdesk 内部)</translation>
    </message>
    <message>
        <source>{host}: {version} ({daemon})</source>
        <translation>{host}: {version} ({daemon})</translation>
    </message>
    <message>
        <source>{host}: {version}</source>
        <translation>{host}: {version}</translation>
    </message>
    <message>
        <source>{host}: the version could not be read: {error}</source>
        <translation>{host}: バージョンを読み取れませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>AboutForm</name>
    <message>
        <source>virtdesk</source>
        <translation>virtdesk</translation>
    </message>
    <message>
        <source>A desktop manager for libvirt virtual machines.</source>
        <translation>libvirt 仮想マシンのためのデスクトップマネージャー。</translation>
    </message>
    <message>
        <source>virtdesk:</source>
        <translation>virtdesk:</translation>
    </message>
    <message>
        <source>libvirt library:</source>
        <translation>libvirt ライブラリー:</translation>
    </message>
    <message>
        <source>libvirt daemon:</source>
        <translation>libvirt デーモン:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>PySide6:</source>
        <translation>PySide6:</translation>
    </message>
    <message>
        <source>Python:</source>
        <translation>Python:</translation>
    </message>
</context>
<context>
    <name>ActionOutcome</name>
    <message>
        <source>{name} now starts with the host.</source>
        <translation>{name} はホストの起動時に起動するようになりました。</translation>
    </message>
    <message>
        <source>Could not turn autostart on for {name}: {error}</source>
        <translation>{name} の自動起動をオンにできませんでした: {error}</translation>
    </message>
    <message>
        <source>{name} no longer starts with the host.</source>
        <translation>{name} はホストの起動時に起動しなくなりました。</translation>
    </message>
    <message>
        <source>Could not turn autostart off for {name}: {error}</source>
        <translation>{name} の自動起動をオフにできませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>AddConnectionDialog</name>
    <message>
        <source>Add Connection</source>
        <translation>接続の追加</translation>
    </message>
    <message>
        <source>Custom URI</source>
        <translation>カスタム URI</translation>
    </message>
    <message>
        <source>default ({port})</source>
        <translation>デフォルト ({port})</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>{name} (session)</source>
        <translation>{name} (セッション)</translation>
    </message>
    <message>
        <source>Not on this machine: {reason} A remote host may have it.</source>
        <translation>このマシンでは使えません: {reason} リモートホストでは使える場合があります。</translation>
    </message>
    <message>
        <source>This ext URI names no program to run (command=).</source>
        <translation>この ext URI には実行するプログラムが指定されていません (command=)。</translation>
    </message>
    <message>
        <source>Tick &quot;I trust this program&quot; to connect.</source>
        <translation>接続するには「このプログラムを信頼する」にチェックを入れてください。</translation>
    </message>
    <message>
        <source>{uri} is already in the list. To open it, select it in the manager and choose Connect.</source>
        <translation>{uri} は既に一覧にあります。開くには、マネージャーでその接続を選んで「接続」を選択してください。</translation>
    </message>
    <message>
        <source>automatic: {name}</source>
        <translation>自動: {name}</translation>
    </message>
    <message>
        <source>virtdesk&apos;s SSH does not run programs named in a URI (command=, netcat=): the system ssh program opens this one.</source>
        <translation>virtdesk の SSH は URI で指定されたプログラム (command=、netcat=) を実行しないため、この URI はシステムの ssh プログラムで開きます。</translation>
    </message>
    <message>
        <source>(the URI names none)</source>
        <translation>(URI に指定がありません)</translation>
    </message>
    <message>
        <source>Opening this URI makes libvirt run a program: {program}. Connect only if you know what it does.</source>
        <translation>この URI を開くと、libvirt がプログラム {program} を実行します。何をするプログラムか分かっている場合にのみ接続してください。</translation>
    </message>
    <message>
        <source>I trust this program: {program}</source>
        <translation>このプログラムを信頼する: {program}</translation>
    </message>
    <message>
        <source>Enter a libvirt URI such as qemu:///system.</source>
        <translation>qemu:///system のような libvirt の URI を入力してください。</translation>
    </message>
    <message>
        <source>&quot;{uri}&quot; is not a URI: it must start with a scheme such as qemu: and contain no spaces.</source>
        <translation>&quot;{uri}&quot; は URI ではありません。qemu: などのスキームで始まり、空白を含まない必要があります。</translation>
    </message>
    <message>
        <source>&quot;{uri}&quot; is not a valid URI: check the host and the port.</source>
        <translation>&quot;{uri}&quot; は有効な URI ではありません。ホストとポートを確認してください。</translation>
    </message>
    <message>
        <source>virtdesk&apos;s SSH cannot open this URI: {reason}</source>
        <translation>virtdesk の SSH ではこの URI を開けません: {reason}</translation>
    </message>
    <message>
        <source>{driver} cannot be opened on this machine: {reason}</source>
        <translation>このマシンでは {driver} を開けません: {reason}</translation>
    </message>
    <message>
        <source>TLS needs a client certificate that libvirt will not find: {file} is missing.</source>
        <translation>TLS にはクライアント証明書が必要ですが、libvirt はそれを見つけられません: {file} がありません。</translation>
    </message>
    <message>
        <source>TCP is unencrypted: unless the host requires SASL with an encrypting mechanism (such as GSSAPI), use it only on a network you trust.</source>
        <translation>TCP は暗号化されません。ホストが暗号化を行うメカニズム (GSSAPI など) による SASL を必須にしていない限り、信頼できるネットワークでのみ使用してください。</translation>
    </message>
    <message>
        <source>&quot;{host}&quot; is not a host name or an IP address: a name has only letters, digits, dots, &apos;-&apos; and &apos;_&apos;, and does not start with &apos;-&apos;.</source>
        <translation>&quot;{host}&quot; はホスト名でも IP アドレスでもありません。名前に使えるのは英字、数字、ドット、&apos;-&apos;、&apos;_&apos; だけで、&apos;-&apos; で始めることはできません。</translation>
    </message>
    <message>
        <source>&quot;{user}&quot; is not a user name: it has only letters, digits and . _ - @ \, and does not start with &apos;-&apos;.</source>
        <translation>&quot;{user}&quot; はユーザー名ではありません。ユーザー名に使えるのは英字、数字、. _ - @ \ だけで、&apos;-&apos; で始めることはできません。</translation>
    </message>
    <message>
        <source>&quot;{port}&quot; is not a port: a port is a number from 1 to 65535.</source>
        <translation>&quot;{port}&quot; はポートではありません。ポートは 1 から 65535 までの数値です。</translation>
    </message>
    <message>
        <source>Enter the name or address of the remote host.</source>
        <translation>リモートホストの名前またはアドレスを入力してください。</translation>
    </message>
    <message>
        <source>The key file must be an absolute path, such as ~/.ssh/id_ed25519 or /home/me/.ssh/id_ed25519.</source>
        <translation>鍵ファイルは ~/.ssh/id_ed25519 や /home/me/.ssh/id_ed25519 のような絶対パスで指定してください。</translation>
    </message>
    <message>
        <source>The host file must be an absolute path, such as /srv/hosts/lab.xml.</source>
        <translation>ホストファイルは /srv/hosts/lab.xml のような絶対パスで指定してください。</translation>
    </message>
</context>
<context>
    <name>AddConnectionForm</name>
    <message>
        <source>&amp;Hypervisor:</source>
        <translation>ハイパーバイザー(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;URI:</source>
        <translation>URI(&amp;U):</translation>
    </message>
    <message>
        <source>e.g. qemu+ssh://root@host/system, or demo</source>
        <translation>例: qemu+ssh://root@host/system、または demo</translation>
    </message>
    <message>
        <source>Host &amp;file:</source>
        <translation>ホストファイル(&amp;F):</translation>
    </message>
    <message>
        <source>empty: the built-in default host</source>
        <translation>空欄: 組み込みのデフォルトホスト</translation>
    </message>
    <message>
        <source>An absolute path to a host XML file for libvirt&apos;s test driver</source>
        <translation>libvirt のテストドライバー用のホスト XML ファイルの絶対パス</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>トランスポート(&amp;T):</translation>
    </message>
    <message>
        <source>U&amp;ser name:</source>
        <translation>ユーザー名(&amp;S):</translation>
    </message>
    <message>
        <source>current user</source>
        <translation>現在のユーザー</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>ホスト(&amp;O):</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>ホスト名または IP アドレス</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>鍵ファイル(&amp;K):</translation>
    </message>
    <message>
        <source>optional (else the SSH agent or the default keys)</source>
        <translation>省略可 (省略時は SSH エージェントまたはデフォルトの鍵)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Open with the system &amp;ssh program (for ~/.ssh/config tricks)</source>
        <translation>システムの ssh プログラムで開く (~/.ssh/config の設定を活かす場合)(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Autoconnect at start</source>
        <translation>起動時に自動接続(&amp;A)</translation>
    </message>
    <message>
        <source>Connect to this host&apos;s s&amp;ession daemon too</source>
        <translation>このホストのセッションデーモンにも接続(&amp;E)</translation>
    </message>
    <message>
        <source>Will open:</source>
        <translation>接続先:</translation>
    </message>
    <message>
        <source>And:</source>
        <translation>および:</translation>
    </message>
</context>
<context>
    <name>AddHardwareDialog</name>
    <message>
        <source>Add Hardware to {name}</source>
        <translation>{name} にハードウェアを追加</translation>
    </message>
    <message>
        <source>Reading the host&apos;s devices, networks and storage…</source>
        <translation>ホストのデバイス、ネットワーク、ストレージを読み込み中…</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>The host&apos;s devices could not be read: {error}</source>
        <translation>ホストのデバイスを読み込めませんでした: {error}</translation>
    </message>
    <message>
        <source>Preparing the new device</source>
        <translation>新しいデバイスを準備中</translation>
    </message>
    <message>
        <source>libvirt&apos;s schema does not accept this device:
{errors}</source>
        <translation>libvirt のスキーマがこのデバイスを受け付けません:
{errors}</translation>
    </message>
    <message>
        <source>Not added: {error}</source>
        <translation>追加しませんでした: {error}</translation>
    </message>
    <message>
        <source>Removing the unused new disk image</source>
        <translation>使われなかった新しいディスクイメージを削除中</translation>
    </message>
    <message>
        <source>Added; takes effect after the next shutdown</source>
        <translation>追加しました。次回のシャットダウン後に有効になります</translation>
    </message>
    <message>
        <source>The device is saved in the configuration, but it could not be added to the running VM; it takes effect after the next shutdown.

{failures}</source>
        <translation>デバイスを設定に保存しましたが、実行中の VM には追加できませんでした。次回のシャットダウン後に有効になります。

{failures}</translation>
    </message>
</context>
<context>
    <name>AddHardwareForm</name>
    <message>
        <source>Kinds of hardware</source>
        <translation>ハードウェアの種類</translation>
    </message>
</context>
<context>
    <name>AddNetworkAddressesForm</name>
    <message>
        <source>Give the network a subnet of this IP version</source>
        <translation>この IP バージョンのサブネットをネットワークに割り当てる</translation>
    </message>
    <message>
        <source>&amp;Subnet:</source>
        <translation>サブネット(&amp;S):</translation>
    </message>
    <message>
        <source>color: #b00020</source>
        <translation>color: #b00020</translation>
    </message>
    <message>
        <source>&amp;DHCP ranges:</source>
        <translation>DHCP 範囲(&amp;D):</translation>
    </message>
    <message>
        <source>First address</source>
        <translation>開始アドレス</translation>
    </message>
    <message>
        <source>Last address</source>
        <translation>終了アドレス</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Add a range</source>
        <translation>範囲を追加します</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the selected ranges</source>
        <translation>選択した範囲を削除します</translation>
    </message>
    <message>
        <source>S&amp;tatic hosts:</source>
        <translation>静的ホスト(&amp;T):</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC アドレス</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <source>Add a host</source>
        <translation>ホストを追加します</translation>
    </message>
    <message>
        <source>Remove the selected hosts</source>
        <translation>選択したホストを削除します</translation>
    </message>
</context>
<context>
    <name>AddNetworkDnsForm</name>
    <message>
        <source>&amp;Domain name:</source>
        <translation>ドメイン名(&amp;D):</translation>
    </message>
    <message>
        <source>none, or a domain such as lab.internal</source>
        <translation>なし、または lab.internal のようなドメイン</translation>
    </message>
    <message>
        <source>color: #b00020</source>
        <translation>color: #b00020</translation>
    </message>
    <message>
        <source>DNS &amp;entries:</source>
        <translation>DNS エントリー(&amp;E):</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Add a DNS entry</source>
        <translation>DNS エントリーを追加します</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the selected DNS entrys</source>
        <translation>選択した DNS エントリーを削除します</translation>
    </message>
    <message>
        <source>&amp;Forwarders:</source>
        <translation>フォワーダー(&amp;F):</translation>
    </message>
    <message>
        <source>none (the host&apos;s own resolvers), or addresses such as 9.9.9.9, 1.1.1.1</source>
        <translation>なし (ホスト自身のリゾルバー)、または 9.9.9.9, 1.1.1.1 のようなアドレス</translation>
    </message>
</context>
<context>
    <name>AddNetworkKindForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>color: #b00020</source>
        <translation>color: #b00020</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>モード(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Bridge:</source>
        <translation>ブリッジ(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>デバイス(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;VLAN tags:</source>
        <translation>VLAN タグ(&amp;V):</translation>
    </message>
    <message>
        <source>none, or tags such as 10, 20</source>
        <translation>なし、または 10, 20 のようなタグ</translation>
    </message>
    <message>
        <source>&amp;Port groups:</source>
        <translation>ポートグループ(&amp;P):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>VLAN tag</source>
        <translation>VLAN タグ</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Add a port group</source>
        <translation>ポートグループを追加します</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the selected port groups</source>
        <translation>選択したポートグループを削除します</translation>
    </message>
    <message>
        <source>M&amp;TU:</source>
        <translation>MTU(&amp;T):</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> バイト</translation>
    </message>
</context>
<context>
    <name>AddNetworkSummaryForm</name>
    <message>
        <source>&amp;Autostart (start the network when the host starts)</source>
        <translation>自動起動 (ホストの起動時にネットワークを起動)(&amp;A)</translation>
    </message>
    <message>
        <source>color: #b00020</source>
        <translation>color: #b00020</translation>
    </message>
</context>
<context>
    <name>AddNetworkWizard</name>
    <message>
        <source>Add Network — {host}</source>
        <translation>ネットワークの追加 — {host}</translation>
    </message>
    <message>
        <source>Reading the host&apos;s interfaces…</source>
        <translation>ホストのインターフェースを読み込み中…</translation>
    </message>
    <message>
        <source>Choose one of the host&apos;s interfaces, or type a name.</source>
        <translation>ホストのインターフェースを選択するか、名前を入力してください。</translation>
    </message>
    <message>
        <source>The host lists no interfaces: type the name.</source>
        <translation>ホストにインターフェースが見つかりません。名前を入力してください。</translation>
    </message>
    <message>
        <source>The host does not list its interfaces ({error}): type the name.</source>
        <translation>ホストのインターフェースを一覧表示できません ({error})。名前を入力してください。</translation>
    </message>
    <message>
        <source>Not created: {error}</source>
        <translation>作成しませんでした: {error}</translation>
    </message>
    <message>
        <source>The Network Did Not Start</source>
        <translation>ネットワークが起動しませんでした</translation>
    </message>
    <message>
        <source>The network {name} is defined, but it did not start:

{error}

Remove it again, or keep it defined (stopped) to start it later?</source>
        <translation>ネットワーク {name} は定義されましたが、起動しませんでした:

{error}

定義を削除しますか? それとも、後で起動できるように定義したまま (停止状態で) 残しますか?</translation>
    </message>
    <message>
        <source>Remove It</source>
        <translation>削除する</translation>
    </message>
    <message>
        <source>Keep It Defined</source>
        <translation>定義を残す</translation>
    </message>
    <message>
        <source>Not created: the network did not start: {error}</source>
        <translation>作成しませんでした: ネットワークが起動しませんでした: {error}</translation>
    </message>
    <message>
        <source>It could not be removed either: {error}</source>
        <translation>定義の削除もできませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>AddPoolSourceForm</name>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>e.g. storage.example.com</source>
        <translation>例: storage.example.com</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <source>&amp;Monitors:</source>
        <translation>モニター(&amp;M):</translation>
    </message>
    <message>
        <source>e.g. mon1.example.com:6789, mon2.example.com</source>
        <translation>例: mon1.example.com:6789, mon2.example.com</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>フォーマット(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Directory:</source>
        <translation>ディレクトリー(&amp;D):</translation>
    </message>
    <message>
        <source>D&amp;evice:</source>
        <translation>デバイス(&amp;E):</translation>
    </message>
    <message>
        <source>e.g. /dev/sdb</source>
        <translation>例: /dev/sdb</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>名前(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Target IQN:</source>
        <translation>ターゲット IQN(&amp;T):</translation>
    </message>
    <message>
        <source>e.g. iqn.2024-01.com.example:storage</source>
        <translation>例: iqn.2024-01.com.example:storage</translation>
    </message>
    <message>
        <source>&amp;Initiator IQN:</source>
        <translation>イニシエーター IQN(&amp;I):</translation>
    </message>
    <message>
        <source>e.g. iqn.2024-01.com.example:client</source>
        <translation>例: iqn.2024-01.com.example:client</translation>
    </message>
    <message>
        <source>Ada&amp;pter:</source>
        <translation>アダプター(&amp;P):</translation>
    </message>
    <message>
        <source>SCSI &amp;host:</source>
        <translation>SCSI ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>e.g. host0</source>
        <translation>例: host0</translation>
    </message>
    <message>
        <source>Pa&amp;rent:</source>
        <translation>親(&amp;R):</translation>
    </message>
    <message>
        <source>optional, e.g. scsi_host3</source>
        <translation>省略可 (例: scsi_host3)</translation>
    </message>
    <message>
        <source>WW&amp;NN:</source>
        <translation>WWNN(&amp;N):</translation>
    </message>
    <message>
        <source>16 hexadecimal digits</source>
        <translation>16 桁の 16 進数</translation>
    </message>
    <message>
        <source>WW&amp;PN:</source>
        <translation>WWPN(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>optional, e.g. libvirt</source>
        <translation>省略可 (例: libvirt)</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>シークレット(&amp;S):</translation>
    </message>
    <message>
        <source>Tar&amp;get path:</source>
        <translation>ターゲットパス(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Ask the host which sources it can find</source>
        <translation>見つけられるソースをホストに問い合わせます</translation>
    </message>
    <message>
        <source>0,1</source>
        <translation>0,1</translation>
    </message>
</context>
<context>
    <name>AddPoolSourcePage</name>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Where the pool&apos;s storage is, and where its volumes appear on the host.</source>
        <translation>プールのストレージの場所と、ホスト上でボリュームが置かれる場所。</translation>
    </message>
    <message>
        <source>Asking the host…</source>
        <translation>ホストに問い合わせ中…</translation>
    </message>
    <message>
        <source>Found {count}: choose one to fill in its details.</source>
        <translation>{count} 個見つかりました。選択すると詳細が入力されます。</translation>
    </message>
    <message>
        <source>The host found none.</source>
        <translation>ホストは何も見つけられませんでした。</translation>
    </message>
    <message>
        <source>The host could not look for sources: {error}</source>
        <translation>ホストでソースを検索できませんでした: {error}</translation>
    </message>
    <message>
        <source>Reading the host&apos;s secrets…</source>
        <translation>ホストのシークレットを読み込み中…</translation>
    </message>
    <message>
        <source>This host has no Ceph secrets: define one holding the user&apos;s key to use authentication.</source>
        <translation>このホストには Ceph のシークレットがありません。認証を使うには、ユーザーの鍵を保持するシークレットを定義してください。</translation>
    </message>
    <message>
        <source>The host&apos;s secrets could not be read: {error}</source>
        <translation>ホストのシークレットを読み込めませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>AddPoolSummaryForm</name>
    <message>
        <source>&amp;Build the pool&apos;s storage</source>
        <translation>プールのストレージを構築する(&amp;B)</translation>
    </message>
    <message>
        <source>Start the pool when the host starts (&amp;autostart)</source>
        <translation>ホストの起動時にプールを起動する (自動起動)(&amp;A)</translation>
    </message>
</context>
<context>
    <name>AddPoolSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>サマリー</translation>
    </message>
    <message>
        <source>Finish defines the pool and starts it.</source>
        <translation>「完了」を押すと、プールを定義して起動します。</translation>
    </message>
    <message>
        <source>A new {type} pool named {name} on {host}.</source>
        <translation>{host} 上の新しい {type} プール {name}。</translation>
    </message>
    <message>
        <source>No XML can be made of this: {error}</source>
        <translation>この内容から XML を作成できません: {error}</translation>
    </message>
    <message>
        <source>Checking the XML against libvirt&apos;s schema…</source>
        <translation>libvirt のスキーマで XML を検査中…</translation>
    </message>
    <message>
        <source>The host checks this XML when the pool is defined.</source>
        <translation>この XML はプールの定義時にホストが検査します。</translation>
    </message>
    <message>
        <source>libvirt&apos;s schema does not accept this XML:
{errors}</source>
        <translation>libvirt のスキーマがこの XML を受け付けません:
{errors}</translation>
    </message>
    <message>
        <source>libvirt&apos;s schema accepts this XML.</source>
        <translation>libvirt のスキーマはこの XML を受け付けます。</translation>
    </message>
</context>
<context>
    <name>AddPoolTypeForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>e.g. images</source>
        <translation>例: images</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;amp;Type&lt;/b&gt;</source>
        <translation>&lt;b&gt;種類(&amp;amp;T)&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>AddPoolTypePage</name>
    <message>
        <source>Name and Type</source>
        <translation>名前と種類</translation>
    </message>
    <message>
        <source>Name the new storage pool and choose where its storage comes from.</source>
        <translation>新しいストレージプールに名前を付け、ストレージの提供元を選択します。</translation>
    </message>
    <message>
        <source>Reading the pool types this host supports…</source>
        <translation>このホストが対応しているプールの種類を読み込み中…</translation>
    </message>
    <message>
        <source>{type}: not supported by this host</source>
        <translation>{type}: このホストでは未対応</translation>
    </message>
    <message>
        <source>This host does not report which pool types it supports ({reason}). Every type libvirt knows is offered; the host refuses one it lacks when the pool is defined.</source>
        <translation>このホストは対応しているプールの種類を報告していません ({reason})。libvirt が知っているすべての種類を表示しています。ホストが対応していない種類は、プールの定義時に拒否されます。</translation>
    </message>
    <message>
        <source>The pool types of this host could not be read: {error}</source>
        <translation>このホストのプールの種類を読み込めませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>AddPoolWizard</name>
    <message>
        <source>Filesystem directory</source>
        <translation>ファイルシステムのディレクトリー</translation>
    </message>
    <message>
        <source>Pre-formatted block device</source>
        <translation>フォーマット済みのブロックデバイス</translation>
    </message>
    <message>
        <source>Network exported directory (NFS, CIFS, GlusterFS)</source>
        <translation>ネットワークでエクスポートされたディレクトリー (NFS、CIFS、GlusterFS)</translation>
    </message>
    <message>
        <source>LVM volume group</source>
        <translation>LVM ボリュームグループ</translation>
    </message>
    <message>
        <source>Physical disk device</source>
        <translation>物理ディスクデバイス</translation>
    </message>
    <message>
        <source>iSCSI target</source>
        <translation>iSCSI ターゲット</translation>
    </message>
    <message>
        <source>iSCSI target, used directly by QEMU</source>
        <translation>iSCSI ターゲット (QEMU が直接使用)</translation>
    </message>
    <message>
        <source>SCSI host adapter or vHBA</source>
        <translation>SCSI ホストアダプターまたは vHBA</translation>
    </message>
    <message>
        <source>Multipath devices</source>
        <translation>マルチパスデバイス</translation>
    </message>
    <message>
        <source>Ceph RBD pool</source>
        <translation>Ceph RBD プール</translation>
    </message>
    <message>
        <source>Gluster volume</source>
        <translation>Gluster ボリューム</translation>
    </message>
    <message>
        <source>ZFS pool</source>
        <translation>ZFS プール</translation>
    </message>
    <message>
        <source>Virtuozzo Storage cluster</source>
        <translation>Virtuozzo Storage クラスター</translation>
    </message>
    <message>
        <source>A directory on the host; each volume is a file in it.</source>
        <translation>ホスト上のディレクトリー。各ボリュームはその中のファイルです。</translation>
    </message>
    <message>
        <source>A block device holding a file system, mounted on the host; each volume is a file on it.</source>
        <translation>ファイルシステムを持つブロックデバイスをホストにマウントします。各ボリュームはその上のファイルです。</translation>
    </message>
    <message>
        <source>A directory a server exports over NFS, CIFS or GlusterFS, mounted on the host; each volume is a file in it.</source>
        <translation>サーバーが NFS、CIFS、GlusterFS でエクスポートしたディレクトリーをホストにマウントします。各ボリュームはその中のファイルです。</translation>
    </message>
    <message>
        <source>An LVM volume group; each volume is a logical volume.</source>
        <translation>LVM ボリュームグループ。各ボリュームは論理ボリュームです。</translation>
    </message>
    <message>
        <source>A whole disk; each volume is a partition of it.</source>
        <translation>ディスク全体。各ボリュームはそのパーティションです。</translation>
    </message>
    <message>
        <source>The LUNs of a target on an iSCSI server, logged in to by the host&apos;s initiator; each LUN is a volume.</source>
        <translation>iSCSI サーバー上のターゲットの LUN に、ホストのイニシエーターでログインします。各 LUN がボリュームです。</translation>
    </message>
    <message>
        <source>The LUNs of a target on an iSCSI server, which QEMU opens itself (libiscsi) with the given initiator name.</source>
        <translation>iSCSI サーバー上のターゲットの LUN を、指定したイニシエーター名で QEMU 自身が開きます (libiscsi)。</translation>
    </message>
    <message>
        <source>The LUNs behind a SCSI host adapter, or behind a vHBA libvirt creates on a Fibre Channel adapter.</source>
        <translation>SCSI ホストアダプター、または libvirt がファイバーチャネルアダプター上に作成する vHBA の配下にある LUN。</translation>
    </message>
    <message>
        <source>The host&apos;s multipath devices (device-mapper); each is a volume.</source>
        <translation>ホストのマルチパスデバイス (device-mapper)。各デバイスがボリュームです。</translation>
    </message>
    <message>
        <source>A pool of a Ceph cluster; each volume is an RBD image.</source>
        <translation>Ceph クラスターのプール。各ボリュームは RBD イメージです。</translation>
    </message>
    <message>
        <source>A Gluster volume, which QEMU opens itself (libgfapi).</source>
        <translation>QEMU 自身が開く Gluster ボリューム (libgfapi)。</translation>
    </message>
    <message>
        <source>A ZFS pool; each volume is a ZFS volume.</source>
        <translation>ZFS プール。各ボリュームは ZFS ボリュームです。</translation>
    </message>
    <message>
        <source>A Virtuozzo Storage cluster, mounted on the host.</source>
        <translation>ホストにマウントされた Virtuozzo Storage クラスター。</translation>
    </message>
    <message>
        <source>&amp;Mount point:</source>
        <translation>マウントポイント(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Disk:</source>
        <translation>ディスク(&amp;D):</translation>
    </message>
    <message>
        <source>Physical &amp;volumes:</source>
        <translation>物理ボリューム(&amp;V):</translation>
    </message>
    <message>
        <source>D&amp;evices:</source>
        <translation>デバイス(&amp;E):</translation>
    </message>
    <message>
        <source>Volume &amp;group:</source>
        <translation>ボリュームグループ(&amp;G):</translation>
    </message>
    <message>
        <source>Ceph &amp;pool:</source>
        <translation>Ceph プール(&amp;P):</translation>
    </message>
    <message>
        <source>Gluster &amp;volume:</source>
        <translation>Gluster ボリューム(&amp;V):</translation>
    </message>
    <message>
        <source>ZFS &amp;pool:</source>
        <translation>ZFS プール(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Cluster:</source>
        <translation>クラスター(&amp;C):</translation>
    </message>
    <message>
        <source>Su&amp;bdirectory:</source>
        <translation>サブディレクトリー(&amp;B):</translation>
    </message>
    <message>
        <source>Export &amp;path:</source>
        <translation>エクスポートパス(&amp;P):</translation>
    </message>
    <message>
        <source>Sha&amp;re:</source>
        <translation>共有(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>ボリューム(&amp;V):</translation>
    </message>
    <message>
        <source>optional, needed to build: /dev/sdb /dev/sdc</source>
        <translation>省略可 (構築時には必要): /dev/sdb /dev/sdc</translation>
    </message>
    <message>
        <source>detect it</source>
        <translation>自動検出</translation>
    </message>
    <message>
        <source>SCSI host adapter</source>
        <translation>SCSI ホストアダプター</translation>
    </message>
    <message>
        <source>vHBA on a Fibre Channel adapter</source>
        <translation>ファイバーチャネルアダプター上の vHBA</translation>
    </message>
    <message>
        <source>The pool {name} was defined, but its storage could not be built:

{error}</source>
        <translation>プール {name} を定義しましたが、ストレージを構築できませんでした:

{error}</translation>
    </message>
    <message>
        <source>The pool {name} was defined, but it could not be started:

{error}</source>
        <translation>プール {name} を定義しましたが、起動できませんでした:

{error}</translation>
    </message>
    <message>
        <source>The pool {name} was defined and started, but autostart could not be turned on:

{error}</source>
        <translation>プール {name} を定義して起動しましたが、自動起動をオンにできませんでした:

{error}</translation>
    </message>
    <message>
        <source>Add a Storage Pool to {host}</source>
        <translation>{host} にストレージプールを追加</translation>
    </message>
    <message>
        <source>Creating the pool {name}…</source>
        <translation>プール {name} を作成中…</translation>
    </message>
    <message>
        <source>The pool was not created: {error}</source>
        <translation>プールは作成されませんでした: {error}</translation>
    </message>
    <message>
        <source>Keep the New Pool {name}?</source>
        <translation>新しいプール {name} を残しますか?</translation>
    </message>
    <message>
        <source>Remove the pool you just defined (its storage is left as it is), or keep it defined as it is?</source>
        <translation>定義したばかりのプールを削除しますか (ストレージはそのまま残ります)? それとも、このまま定義を残しますか?</translation>
    </message>
    <message>
        <source>&amp;Remove {name}</source>
        <translation>{name} を削除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep {name}</source>
        <translation>{name} を残す(&amp;K)</translation>
    </message>
    <message>
        <source>Removing the pool {name}…</source>
        <translation>プール {name} を削除中…</translation>
    </message>
    <message>
        <source>The pool {name} was removed again. Change what needs changing and press Finish again.</source>
        <translation>プール {name} を削除しました。必要な箇所を変更して、もう一度「完了」を押してください。</translation>
    </message>
    <message>
        <source>The pool {name} could not be removed: {error}</source>
        <translation>プール {name} を削除できませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>AddressPage</name>
    <message>
        <source>IPv{version} addresses</source>
        <translation>IPv{version} アドレス</translation>
    </message>
    <message>
        <source>The subnet the host serves on this network: DHCP ranges hand out addresses, static hosts always get the same one.</source>
        <translation>このネットワークでホストが提供するサブネット。DHCP 範囲からアドレスが割り当てられ、静的ホストには常に同じアドレスが割り当てられます。</translation>
    </message>
    <message>
        <source>&amp;Give the network an IPv{version} subnet</source>
        <translation>ネットワークに IPv{version} サブネットを割り当てる(&amp;G)</translation>
    </message>
    <message>
        <source>DUID (optional)</source>
        <translation>DUID (省略可)</translation>
    </message>
    <message>
        <source>IPv6 guests are known by their host name or DHCP unique id (DUID), not by their MAC address.</source>
        <translation>IPv6 のゲストは、MAC アドレスではなくホスト名または DHCP 固有 ID (DUID) で識別されます。</translation>
    </message>
</context>
<context>
    <name>AfterDump</name>
    <message>
        <source>Let it go on as before</source>
        <translation>そのまま動かし続ける</translation>
    </message>
    <message>
        <source>Stop it (as crashed)</source>
        <translation>停止する (クラッシュとして)</translation>
    </message>
    <message>
        <source>Reset it</source>
        <translation>リセットする</translation>
    </message>
</context>
<context>
    <name>AudioPage</name>
    <message>
        <source>Audio {id} ({type})</source>
        <translation>オーディオ {id} ({type})</translation>
    </message>
</context>
<context>
    <name>BootPage</name>
    <message>
        <source>Order individual devices (not just kinds of device)</source>
        <translation>個々のデバイスの順序を指定 (デバイスの種類単位ではなく)</translation>
    </message>
    <message>
        <source>Boot order:</source>
        <translation>起動順序:</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Show the firmware&apos;s boot menu</source>
        <translation>ファームウェアの起動メニューを表示</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ミリ秒</translation>
    </message>
    <message>
        <source>Firmware default</source>
        <translation>ファームウェアのデフォルト</translation>
    </message>
    <message>
        <source>Boot menu:</source>
        <translation>起動メニュー:</translation>
    </message>
    <message>
        <source>Direct kernel boot</source>
        <translation>カーネルを直接起動</translation>
    </message>
    <message>
        <source>Kernel path:</source>
        <translation>カーネルのパス:</translation>
    </message>
    <message>
        <source>Initrd path:</source>
        <translation>initrd のパス:</translation>
    </message>
    <message>
        <source>Kernel args:</source>
        <translation>カーネル引数:</translation>
    </message>
    <message>
        <source>DTB path:</source>
        <translation>DTB のパス:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Type the path on the remote host.</source>
        <translation>リモートホスト上のパスを入力してください。</translation>
    </message>
    <message>
        <source>Container init</source>
        <translation>コンテナーの init</translation>
    </message>
    <message>
        <source>Init path:</source>
        <translation>init のパス:</translation>
    </message>
    <message>
        <source>Init args:</source>
        <translation>init の引数:</translation>
    </message>
    <message>
        <source>Hard disk</source>
        <translation>ハードディスク</translation>
    </message>
    <message>
        <source>CD-ROM</source>
        <translation>CD-ROM</translation>
    </message>
    <message>
        <source>Network (PXE)</source>
        <translation>ネットワーク (PXE)</translation>
    </message>
    <message>
        <source>Floppy</source>
        <translation>フロッピー</translation>
    </message>
    <message>
        <source>Boot Options</source>
        <translation>起動オプション</translation>
    </message>
    <message>
        <source>NIC {mac} ({source})</source>
        <translation>NIC {mac} ({source})</translation>
    </message>
    <message>
        <source>Host {type} device {ident}</source>
        <translation>ホスト {type} デバイス {ident}</translation>
    </message>
    <message>
        <source>USB redirection {type}</source>
        <translation>USB リダイレクト {type}</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>ファイルの選択</translation>
    </message>
    <message>
        <source>Give the kernel&apos;s path for direct kernel boot, or turn direct kernel boot off.</source>
        <translation>カーネルの直接起動にはカーネルのパスを指定するか、カーネルの直接起動をオフにしてください。</translation>
    </message>
    <message>
        <source>The init args cannot be read: {error}</source>
        <translation>init の引数を読み取れません: {error}</translation>
    </message>
</context>
<context>
    <name>ChannelForm</name>
    <message>
        <source>Channel:</source>
        <translation>チャネル:</translation>
    </message>
    <message>
        <source>QEMU guest agent</source>
        <translation>QEMU ゲストエージェント</translation>
    </message>
    <message>
        <source>SPICE agent (clipboard, resolution)</source>
        <translation>SPICE エージェント (クリップボード、解像度)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Enter the channel&apos;s name (the guest sees it under /dev/virtio-ports/).</source>
        <translation>チャネル名を入力してください (ゲストからは /dev/virtio-ports/ の下に見えます)。</translation>
    </message>
    <message>
        <source>This VM already has a channel named {name}.</source>
        <translation>この VM には既に {name} という名前のチャネルがあります。</translation>
    </message>
</context>
<context>
    <name>ChannelPage</name>
    <message>
        <source>Channel {name}</source>
        <translation>チャネル {name}</translation>
    </message>
</context>
<context>
    <name>CharDeviceForm</name>
    <message>
        <source>Host side:</source>
        <translation>ホスト側:</translation>
    </message>
    <message>
        <source>Chosen by libvirt when empty (UNIX socket)</source>
        <translation>空欄なら libvirt が選択 (UNIX ソケット)</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>パス:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>ホスト:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>モード:</translation>
    </message>
    <message>
        <source>Listen (bind)</source>
        <translation>待ち受け (bind)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Pseudo terminal (pty)</source>
        <translation>疑似端末 (pty)</translation>
    </message>
    <message>
        <source>UNIX socket</source>
        <translation>UNIX ソケット</translation>
    </message>
    <message>
        <source>TCP socket</source>
        <translation>TCP ソケット</translation>
    </message>
    <message>
        <source>Output to a file</source>
        <translation>ファイルへの出力</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>SPICE channel</source>
        <translation>SPICE チャネル</translation>
    </message>
    <message>
        <source>Enter the absolute path of the file to write to.</source>
        <translation>書き込み先ファイルの絶対パスを入力してください。</translation>
    </message>
    <message>
        <source>The socket path must be absolute.</source>
        <translation>ソケットのパスは絶対パスでなければなりません。</translation>
    </message>
    <message>
        <source>Enter the host of the TCP socket.</source>
        <translation>TCP ソケットのホストを入力してください。</translation>
    </message>
</context>
<context>
    <name>CharDevicePage</name>
    <message>
        <source>{kind} {port} ({type})</source>
        <translation>{kind} {port} ({type})</translation>
    </message>
</context>
<context>
    <name>ChoiceCombo</name>
    <message>
        <source>(not set)</source>
        <translation>(未設定)</translation>
    </message>
</context>
<context>
    <name>CloneVmDialog</name>
    <message>
        <source>Clone {vm}</source>
        <translation>{vm} のクローン</translation>
    </message>
    <message>
        <source>&amp;Clone</source>
        <translation>クローン(&amp;C)</translation>
    </message>
    <message>
        <source>A copy of {vm} with a new UUID and new MAC addresses; its disks as chosen below. The original is not changed.</source>
        <translation>新しい UUID と新しい MAC アドレスを持つ {vm} のコピーを作成します。ディスクは以下での選択に従って扱います。元の VM は変更されません。</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>New storage</source>
        <translation>新しいストレージ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>A new empty disk can be made in a storage pool only.</source>
        <translation>新しい空のディスクはストレージプール内にのみ作成できます。</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>shareable</source>
        <translation>共有可能</translation>
    </message>
    <message>
        <source>cannot be copied: {why}</source>
        <translation>コピーできません: {why}</translation>
    </message>
    <message>
        <source>a file of this machine outside the pools: copied by virtdesk</source>
        <translation>プール外にあるこのマシンのファイル: virtdesk がコピーします</translation>
    </message>
    <message>
        <source>Clone {vm} &amp;while it is {state}</source>
        <translation>{vm} を {state} のままクローンする(&amp;W)</translation>
    </message>
    <message>
        <source>{vm} is {state}: its disks would be copied while it may write to them, so the copy may be inconsistent. Shut it down first for a clean copy.</source>
        <translation>{vm} は {state} です。VM が書き込んでいる可能性のあるディスクをコピーするため、コピーの整合性が取れない場合があります。整合性のあるコピーを作るには、先にシャットダウンしてください。</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>shared: {path}</source>
        <translation>共有: {path}</translation>
    </message>
    <message>
        <source>as it is (no storage)</source>
        <translation>そのまま (ストレージなし)</translation>
    </message>
    <message>
        <source>Shared writable disks ({disks}): both VMs write to the same storage; running both at once can corrupt it.</source>
        <translation>書き込み可能な共有ディスク ({disks}): 両方の VM が同じストレージに書き込みます。同時に実行するとデータが破損するおそれがあります。</translation>
    </message>
    <message>
        <source>The NVRAM is copied to {path}.</source>
        <translation>NVRAM を {path} にコピーします。</translation>
    </message>
    <message>
        <source>The clone&apos;s NVRAM is {path}. The original&apos;s is not copied (it is not a file of this machine): the clone starts with the firmware&apos;s initial variables.</source>
        <translation>クローンの NVRAM は {path} です。元の VM の NVRAM はこのマシンのファイルではないため、コピーしません。クローンはファームウェアの初期変数で起動します。</translation>
    </message>
    <message>
        <source>{vm} is {state}: shut it down, or choose to clone it as it is.</source>
        <translation>{vm} は {state} です。シャットダウンするか、このままクローンすることを選択してください。</translation>
    </message>
</context>
<context>
    <name>CloneVmForm</name>
    <message>
        <source>&amp;Name of the clone:</source>
        <translation>クローンの名前(&amp;N):</translation>
    </message>
    <message>
        <source>Clone it &amp;while it runs</source>
        <translation>実行中のままクローンする(&amp;W)</translation>
    </message>
</context>
<context>
    <name>CloudImageAnswers</name>
    <message>
        <source>the VM&apos;s name</source>
        <translation>VM の名前</translation>
    </message>
    <message>
        <source>Key {number}: {error}</source>
        <translation>鍵 {number}: {error}</translation>
    </message>
    <message>
        <source>Give a password or an SSH public key, or nobody can log in.</source>
        <translation>パスワードまたは SSH 公開鍵を指定してください。指定しないと誰もログインできません。</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Demo host</source>
        <translation>デモホスト</translation>
    </message>
    <message>
        <source>{kind} user session</source>
        <translation>{kind} ユーザーセッション</translation>
    </message>
    <message>
        <source>{label} ({uri})</source>
        <translation>{label}（{uri}）</translation>
    </message>
</context>
<context>
    <name>ConsoleForm</name>
    <message>
        <source>Console</source>
        <translation>コンソール</translation>
    </message>
</context>
<context>
    <name>ConsoleView</name>
    <message>
        <source>Reconnect</source>
        <translation>再接続</translation>
    </message>
    <message>
        <source>Display password</source>
        <translation>ディスプレイのパスワード</translation>
    </message>
    <message>
        <source>Log In</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <source>&amp;Remember in the keyring</source>
        <translation>キーリングに記憶する(&amp;R)</translation>
    </message>
    <message>
        <source>Bring Back</source>
        <translation>ここに戻す</translation>
    </message>
    <message>
        <source>Serial Console</source>
        <translation>シリアルコンソール</translation>
    </message>
    <message>
        <source>Open in External Viewer</source>
        <translation>外部ビューアーで開く</translation>
    </message>
    <message>
        <source>Show Here</source>
        <translation>ここに表示</translation>
    </message>
    <message>
        <source>Reading the VM&apos;s configuration…</source>
        <translation>VM の設定を読み込み中…</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>コンソール</translation>
    </message>
    <message>
        <source>Consoles</source>
        <translation>コンソール</translation>
    </message>
    <message>
        <source>Show the graphical display, a text console or the QEMU monitor</source>
        <translation>グラフィカルディスプレイ、テキストコンソール、QEMU モニターのいずれかを表示します</translation>
    </message>
    <message>
        <source>Screenshot…</source>
        <translation>スクリーンショット…</translation>
    </message>
    <message>
        <source>Fullscreen</source>
        <translation>全画面表示</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>拡大縮小</translation>
    </message>
    <message>
        <source>Fit to Window</source>
        <translation>ウィンドウに合わせる</translation>
    </message>
    <message>
        <source>Original Size</source>
        <translation>元のサイズ</translation>
    </message>
    <message>
        <source>Resize Guest to Window</source>
        <translation>ゲストの画面サイズをウィンドウに合わせる</translation>
    </message>
    <message>
        <source>Detach</source>
        <translation>切り離す</translation>
    </message>
    <message>
        <source>The display of {name} opens in the external viewer (Preferences → Consoles).</source>
        <translation>{name} のディスプレイは外部ビューアーで開きます (設定 → コンソール)。</translation>
    </message>
    <message>
        <source>Connecting to the display of {name}…</source>
        <translation>{name} のディスプレイに接続中…</translation>
    </message>
    <message>
        <source>The VM is not running.</source>
        <translation>VM は実行されていません。</translation>
    </message>
    <message>
        <source>Cannot remember it: {reason}</source>
        <translation>記憶できません: {reason}</translation>
    </message>
    <message>
        <source>Graphical Display</source>
        <translation>グラフィカルディスプレイ</translation>
    </message>
    <message>
        <source>Text Console</source>
        <translation>テキストコンソール</translation>
    </message>
    <message>
        <source>QEMU Monitor</source>
        <translation>QEMU モニター</translation>
    </message>
    <message>
        <source>External viewer</source>
        <translation>外部ビューアー</translation>
    </message>
    <message>
        <source>The console is open in its own window.</source>
        <translation>コンソールは別のウィンドウで開いています。</translation>
    </message>
    <message>
        <source>Save Screenshot</source>
        <translation>スクリーンショットの保存</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Screenshot not saved</source>
        <translation>スクリーンショットを保存できませんでした</translation>
    </message>
    <message>
        <source>Leave Fullscreen</source>
        <translation>全画面表示を終了</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>{name} on {host}</source>
        <translation>{name} ({host} 上)</translation>
    </message>
    <message>
        <source>The configuration could not be read: {error}</source>
        <translation>設定を読み込めませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>ContainerAnswers</name>
    <message>
        <source>Choose the Container&apos;s Root Folder</source>
        <translation>コンテナーのルートフォルダーの選択</translation>
    </message>
    <message>
        <source>{path} does not exist on {host}.</source>
        <translation>{host} 上に {path} は存在しません。</translation>
    </message>
    <message>
        <source>Choose the folder that holds the operating system.</source>
        <translation>オペレーティングシステムが入っているフォルダーを選択してください。</translation>
    </message>
</context>
<context>
    <name>ControllerForm</name>
    <message>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>コントローラー</translation>
    </message>
</context>
<context>
    <name>ControllerPage</name>
    <message>
        <source>Controller {type} {index}{model}</source>
        <translation>コントローラー {type} {index}{model}</translation>
    </message>
</context>
<context>
    <name>CopyVolumeDialog</name>
    <message>
        <source>Convert {name}</source>
        <translation>{name} の変換</translation>
    </message>
    <message>
        <source>Clone {name}</source>
        <translation>{name} のクローン</translation>
    </message>
    <message>
        <source>Con&amp;vert</source>
        <translation>変換(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Clone</source>
        <translation>クローン(&amp;C)</translation>
    </message>
    <message>
        <source>no format</source>
        <translation>フォーマットなし</translation>
    </message>
    <message>
        <source>{name} ({format}, {size}) in the pool {pool}</source>
        <translation>プール {pool} 内の {name} ({format}、{size})</translation>
    </message>
    <message>
        <source>{name} is kept as it is: the converted copy is a new volume.</source>
        <translation>{name} はそのまま残ります。変換したコピーは新しいボリュームになります。</translation>
    </message>
    <message>
        <source>The clone is a full copy of {name}, in the same format.</source>
        <translation>クローンは {name} と同じフォーマットの完全なコピーです。</translation>
    </message>
    <message>
        <source>Cloned {source} as {name}.</source>
        <translation>{source} を {name} としてクローンしました。</translation>
    </message>
    <message>
        <source>Converted {source} to {format} as {name}.</source>
        <translation>{source} を {format} に変換して {name} を作成しました。</translation>
    </message>
</context>
<context>
    <name>CopyVolumeForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>フォーマット(&amp;F):</translation>
    </message>
</context>
<context>
    <name>CpuPinningGrid</name>
    <message>
        <source>vCPU {n}</source>
        <translation>vCPU {n}</translation>
    </message>
    <message>
        <source>Emulator</source>
        <translation>エミュレーター</translation>
    </message>
</context>
<context>
    <name>CpusPage</name>
    <message>
        <source>of at most</source>
        <translation>/ 最大</translation>
    </message>
    <message>
        <source>vCPUs:</source>
        <translation>vCPU 数:</translation>
    </message>
    <message>
        <source>Host CPUs:</source>
        <translation>ホストの CPU:</translation>
    </message>
    <message>
        <source>Set the CPU topology by hand</source>
        <translation>CPU トポロジーを手動で設定</translation>
    </message>
    <message>
        <source>Topology:</source>
        <translation>トポロジー:</translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <source>Dies</source>
        <translation>ダイ</translation>
    </message>
    <message>
        <source>Cores</source>
        <translation>コア</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>スレッド</translation>
    </message>
    <message>
        <source>Hypervisor default</source>
        <translation>ハイパーバイザーのデフォルト</translation>
    </message>
    <message>
        <source>Host passthrough (the host&apos;s CPU as it is)</source>
        <translation>ホストパススルー (ホストの CPU をそのまま)</translation>
    </message>
    <message>
        <source>Host model (a named model close to the host&apos;s CPU)</source>
        <translation>ホストモデル (ホストの CPU に近い名前付きモデル)</translation>
    </message>
    <message>
        <source>Maximum (every feature the hypervisor can offer)</source>
        <translation>最大 (ハイパーバイザーが提供できるすべての機能)</translation>
    </message>
    <message>
        <source>Custom model</source>
        <translation>カスタムモデル</translation>
    </message>
    <message>
        <source>CPU mode:</source>
        <translation>CPU モード:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <source>Scheduler shares:</source>
        <translation>スケジューラーの shares:</translation>
    </message>
    <message>
        <source>Check the host CPUs each vCPU and the emulator threads may run on. A row without checks is not pinned.</source>
        <translation>各 vCPU とエミュレータースレッドを実行してよいホスト CPU にチェックを付けます。チェックのない行は固定されません。</translation>
    </message>
    <message>
        <source>Pinning</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>The hypervisor lists no models: type a name</source>
        <translation>ハイパーバイザーがモデルを示していません。名前を入力してください</translation>
    </message>
    <message>
        <source>{count} on this host</source>
        <translation>このホストに {count} 個</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>集計中…</translation>
    </message>
    <message>
        <source>{count} models</source>
        <translation>{count} 個のモデル</translation>
    </message>
    <message>
        <source>The current vCPU count cannot be more than the maximum.</source>
        <translation>現在の vCPU 数を最大数より大きくすることはできません。</translation>
    </message>
    <message>
        <source>This machine type allows at most {limit} vCPUs.</source>
        <translation>このマシンタイプで使える vCPU は最大 {limit} 個です。</translation>
    </message>
    <message>
        <source>The topology gives {product} vCPUs (sockets × dies × cores × threads), but the maximum is {maximum}. Make them equal.</source>
        <translation>トポロジーでは vCPU が {product} 個 (ソケット × ダイ × コア × スレッド) ですが、最大数は {maximum} です。両者を一致させてください。</translation>
    </message>
    <message>
        <source>Choose a CPU model for the custom mode.</source>
        <translation>カスタムモードの CPU モデルを選択してください。</translation>
    </message>
    <message>
        <source>Set the scheduler shares</source>
        <translation>スケジューラーの shares を設定</translation>
    </message>
    <message>
        <source>Set the vCPU count to {n}</source>
        <translation>vCPU 数を {n} に設定</translation>
    </message>
    <message>
        <source>Pin vCPU {n}</source>
        <translation>vCPU {n} を固定</translation>
    </message>
    <message>
        <source>Pin the emulator threads</source>
        <translation>エミュレータースレッドを固定</translation>
    </message>
</context>
<context>
    <name>CreateSnapshotDialog</name>
    <message>
        <source>Snapshot of {vm}</source>
        <translation>{vm} のスナップショット</translation>
    </message>
    <message>
        <source>&amp;Take Snapshot</source>
        <translation>スナップショットを作成(&amp;T)</translation>
    </message>
    <message>
        <source>A snapshot keeps the state of {vm} as it is now, to go back to later.</source>
        <translation>スナップショットは {vm} の現在の状態を保存し、後でそこへ戻れるようにします。</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>Image now</source>
        <translation>現在のイメージ</translation>
    </message>
    <message>
        <source>Overlay file</source>
        <translation>オーバーレイファイル</translation>
    </message>
    <message>
        <source>Not saved: read-only, empty, excluded from snapshots or not an image file</source>
        <translation>保存されません: 読み取り専用、空、スナップショットから除外、またはイメージファイルではありません</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Quiescing is for external snapshots.</source>
        <translation>静止化は外部スナップショット用です。</translation>
    </message>
    <message>
        <source>This host&apos;s libvirt takes no snapshot of this VM.</source>
        <translation>このホストの libvirt はこの VM のスナップショットを作成できません。</translation>
    </message>
    <message>
        <source>{disk} writes to {overlay} from now on; {image} stays as the snapshot keeps it.</source>
        <translation>{disk} は今後 {overlay} に書き込みます。{image} はスナップショットが保存したままの状態で残ります。</translation>
    </message>
    <message>
        <source>The memory and the disks of {vm} are saved inside its qcow2 images; the VM pauses while its memory is written.</source>
        <translation>{vm} のメモリーとディスクは qcow2 イメージ内に保存されます。メモリーの書き込み中、VM は一時停止します。</translation>
    </message>
    <message>
        <source>The disks of {vm} are saved inside its qcow2 images.</source>
        <translation>{vm} のディスクは qcow2 イメージ内に保存されます。</translation>
    </message>
</context>
<context>
    <name>CreateSnapshotForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>説明(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Internal: kept inside the qcow2 images (with the memory of a running VM)</source>
        <translation>内部(&amp;I): qcow2 イメージ内に保存 (実行中の VM ならメモリーも)</translation>
    </message>
    <message>
        <source>E&amp;xternal, disks only: the chosen disks write to new overlay files from now on</source>
        <translation>外部、ディスクのみ(&amp;X): 選んだディスクは今後新しいオーバーレイファイルに書き込みます</translation>
    </message>
    <message>
        <source>&amp;Quiesce the guest&apos;s file systems through its guest agent</source>
        <translation>ゲストエージェントでゲストのファイルシステムを静止化する(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>CreateVolumeDialog</name>
    <message>
        <source>New Volume in {pool}</source>
        <translation>{pool} の新しいボリューム</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>作成(&amp;R)</translation>
    </message>
    <message>
        <source>Reading the formats the pool allows…</source>
        <translation>プールで使えるフォーマットを読み込み中…</translation>
    </message>
    <message>
        <source>The volumes of this pool have no format.</source>
        <translation>このプールのボリュームにはフォーマットがありません。</translation>
    </message>
    <message>
        <source>{path} ({format}, {size})</source>
        <translation>{path} ({format}、{size})</translation>
    </message>
    <message>
        <source>no format</source>
        <translation>フォーマットなし</translation>
    </message>
    <message>
        <source>Give the volume a capacity.</source>
        <translation>ボリュームの容量を指定してください。</translation>
    </message>
    <message>
        <source>The allocation cannot be more than the capacity.</source>
        <translation>割り当てを容量より大きくすることはできません。</translation>
    </message>
    <message>
        <source>Only {free} is free in the pool {pool}.</source>
        <translation>プール {pool} の空きは {free} しかありません。</translation>
    </message>
    <message>
        <source>The host has no volume to write over.</source>
        <translation>ホストにバッキングストアとして使えるボリュームがありません。</translation>
    </message>
    <message>
        <source>Created {name} in {pool}.</source>
        <translation>{pool} に {name} を作成しました。</translation>
    </message>
</context>
<context>
    <name>CreateVolumeForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>フォーマット(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>容量(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Allocation:</source>
        <translation>割り当て(&amp;A):</translation>
    </message>
    <message>
        <source>0 allocates space only as data is written (sparse), up to the capacity.</source>
        <translation>0 にすると、データの書き込みに応じて容量まで領域を割り当てます (スパース)。</translation>
    </message>
    <message>
        <source>&amp;Backing store:</source>
        <translation>バッキングストア(&amp;B):</translation>
    </message>
    <message>
        <source>Write only the changes, over a volume of the host (qcow2 only)</source>
        <translation>ホストのボリュームの上に差分だけを書き込む (qcow2 のみ)</translation>
    </message>
    <message>
        <source>Free in the pool:</source>
        <translation>プールの空き:</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>Authentication required</source>
        <translation>認証が必要です</translation>
    </message>
    <message>
        <source>The connection to {uri} asks for credentials.</source>
        <translation>{uri} への接続で認証情報が求められています。</translation>
    </message>
</context>
<context>
    <name>DeleteMode</name>
    <message>
        <source>Only this snapshot (its children are kept)</source>
        <translation>このスナップショットだけ (子は残します)</translation>
    </message>
    <message>
        <source>Only its children (this snapshot is kept)</source>
        <translation>子だけ (このスナップショットは残します)</translation>
    </message>
    <message>
        <source>This snapshot and all its children</source>
        <translation>このスナップショットとそのすべての子</translation>
    </message>
</context>
<context>
    <name>DeleteSnapshotDialog</name>
    <message>
        <source>Delete Snapshot {name}</source>
        <translation>スナップショット {name} の削除</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>libvirt forgets: {names}. Their data stays in the disk images.</source>
        <translation>libvirt から記録を削除: {names}。データはディスクイメージに残ります。</translation>
    </message>
    <message>
        <source>Deleted: {names}.</source>
        <translation>削除: {names}。</translation>
    </message>
    <message>
        <source>Kept: {names}.</source>
        <translation>残す: {names}。</translation>
    </message>
</context>
<context>
    <name>DeleteSnapshotForm</name>
    <message>
        <source>Remove only libvirt&apos;s &amp;record of it; keep the snapshot data in the disk images</source>
        <translation>libvirt の記録だけを削除し、スナップショットのデータはディスクイメージに残す(&amp;R)</translation>
    </message>
</context>
<context>
    <name>DeleteVmDialog</name>
    <message>
        <source>Delete {vm}</source>
        <translation>{vm} の削除</translation>
    </message>
    <message>
        <source>&amp;Delete {vm}</source>
        <translation>{vm} を削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the VM {vm} from {host}? Its definition is removed. Storage is deleted only where you tick it below.</source>
        <translation>VM {vm} を {host} から削除しますか? VM の定義が削除されます。ストレージは、以下でチェックを入れたものだけが削除されます。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Also used by</source>
        <translation>他に使用している VM</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Tick to delete {path}</source>
        <translation>チェックを入れると {path} を削除します</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Kept: {why}</source>
        <translation>削除しません: {why}</translation>
    </message>
    <message>
        <source>volume of the pool {pool}</source>
        <translation>プール {pool} のボリューム</translation>
    </message>
    <message>
        <source>file of this machine outside the pools</source>
        <translation>プール外にあるこのマシンのファイル</translation>
    </message>
    <message>
        <source>&amp;Force {vm} off first (like pulling the plug: what it has not saved is lost)</source>
        <translation>先に {vm} を強制オフする (電源コードを抜いたときのように、保存されていない内容は失われます)(&amp;F)</translation>
    </message>
    <message numerus="yes">
        <source>Remove the &amp;metadata of %n snapshot(s) and checkpoint(s)</source>
        <translation>
            <numerusform>%n 個のスナップショットとチェックポイントのメタデータを削除する(&amp;M)</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the &amp;NVRAM {path} (the firmware&apos;s variables, such as UEFI boot entries)</source>
        <translation>NVRAM {path} (UEFI のブートエントリーなどのファームウェア変数) を削除する(&amp;N)</translation>
    </message>
    <message>
        <source>Removed: {removed}.</source>
        <translation>削除されるもの: {removed}。</translation>
    </message>
    <message>
        <source>Kept: {kept}.</source>
        <translation>残るもの: {kept}。</translation>
    </message>
</context>
<context>
    <name>DeleteVmForm</name>
    <message>
        <source>&amp;Wipe the ticked storage before deleting it (overwrites it with zeros: slow)</source>
        <translation>チェックを入れたストレージを削除前に消去する (ゼロで上書きするため時間がかかります)(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Force the VM off first (like pulling the plug: what it has not saved is lost)</source>
        <translation>先に VM を強制オフする (電源コードを抜いたときのように、保存されていない内容は失われます)(&amp;F)</translation>
    </message>
    <message>
        <source>Delete the &amp;saved state (the memory of the VM as it was saved)</source>
        <translation>保存状態 (保存時の VM のメモリー) を削除する(&amp;S)</translation>
    </message>
    <message>
        <source>Remove the snapshot and checkpoint &amp;metadata</source>
        <translation>スナップショットとチェックポイントのメタデータを削除する(&amp;M)</translation>
    </message>
    <message>
        <source>Metadata only: the list of snapshots and checkpoints libvirt keeps. Their data in the disk images (and overlay files) is not touched. libvirt does not remove a VM that still lists snapshots or checkpoints.</source>
        <translation>メタデータのみ: libvirt が保持しているスナップショットとチェックポイントの一覧です。ディスクイメージ (およびオーバーレイファイル) 内のデータには影響しません。libvirt は、スナップショットやチェックポイントがまだ登録されている VM を削除しません。</translation>
    </message>
    <message>
        <source>Delete the &amp;NVRAM (the firmware&apos;s variables, such as UEFI boot entries)</source>
        <translation>NVRAM (UEFI のブートエントリーなどのファームウェア変数) を削除する(&amp;N)</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Some of these changes take effect after the next shutdown of the VM.</source>
        <translation>一部の変更は VM の次回のシャットダウン後に有効になります。</translation>
    </message>
</context>
<context>
    <name>DetailsSnapshotsForm</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>作成(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Revert…</source>
        <translation>戻す(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Merge Back</source>
        <translation>マージして戻す(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Pull</source>
        <translation>取り込み(&amp;P)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>再読み込み(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel Job</source>
        <translation>ジョブを取り消す</translation>
    </message>
</context>
<context>
    <name>DetailsWindow</name>
    <message>
        <source>Add Hardware…</source>
        <translation>ハードウェアを追加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Choose a device in the list</source>
        <translation>一覧からデバイスを選択してください</translation>
    </message>
    <message>
        <source>Remove {device}</source>
        <translation>{device} を削除</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>The host checks the configuration on Apply.</source>
        <translation>構成は「適用」時にホストが検査します。</translation>
    </message>
    <message>
        <source>Virtual Machine</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <source>Send Key</source>
        <translation>キーを送信</translation>
    </message>
    <message>
        <source>Sending {keys} to {name}</source>
        <translation>{name} に {keys} を送信中</translation>
    </message>
    <message>
        <source>Migrate…</source>
        <translation>移行…</translation>
    </message>
    <message>
        <source>Screenshot…</source>
        <translation>スクリーンショット…</translation>
    </message>
    <message>
        <source>Save Screenshot</source>
        <translation>スクリーンショットの保存</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>The configuration could not be read: {error}</source>
        <translation>設定を読み込めませんでした: {error}</translation>
    </message>
    <message>
        <source>Unapplied changes</source>
        <translation>未適用の変更</translation>
    </message>
    <message>
        <source>The page “{page}” has changes that are not applied.</source>
        <translation>ページ “{page}” に適用されていない変更があります。</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>libvirt&apos;s schema does not accept this configuration:
{errors}</source>
        <translation>libvirt のスキーマがこの設定を受け付けません:
{errors}</translation>
    </message>
    <message>
        <source>The XML must be a &lt;domain&gt; document.</source>
        <translation>XML は &lt;domain&gt; 文書でなければなりません。</translation>
    </message>
    <message>
        <source>The XML must stay a &lt;{tag}&gt; element.</source>
        <translation>XML は &lt;{tag}&gt; 要素のままでなければなりません。</translation>
    </message>
    <message>
        <source>Saved; some changes wait for a restart</source>
        <translation>保存しました。一部の変更は再起動待ちです</translation>
    </message>
    <message>
        <source>The configuration is saved, but these changes could not be made on the running VM and take effect after its next shutdown:

{failures}</source>
        <translation>設定は保存しましたが、以下の変更は実行中の VM に反映できなかったため、次回のシャットダウン後に有効になります:

{failures}</translation>
    </message>
    <message>
        <source>Not applied: {error}</source>
        <translation>適用しませんでした: {error}</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>適用していません</translation>
    </message>
    <message>
        <source>This VM&apos;s configuration changed elsewhere. Your unapplied changes are kept; reload to see the new configuration (your changes are then lost).</source>
        <translation>この VM の設定が別の場所で変更されました。未適用の変更は保持しています。新しい設定を見るには再読み込みしてください (その場合、変更は失われます)。</translation>
    </message>
    <message>
        <source>{name} on {host}</source>
        <translation>{name} ({host} 上)</translation>
    </message>
    <message>
        <source>Close the window and lose the changes that are not applied?</source>
        <translation>ウィンドウを閉じて、適用していない変更を破棄しますか?</translation>
    </message>
</context>
<context>
    <name>DeviceFacts</name>
    <message>
        <source>Unclassified device</source>
        <translation>未分類のデバイス</translation>
    </message>
    <message>
        <source>Storage controller</source>
        <translation>ストレージコントローラー</translation>
    </message>
    <message>
        <source>Network controller</source>
        <translation>ネットワークコントローラー</translation>
    </message>
    <message>
        <source>Display controller</source>
        <translation>ディスプレイコントローラー</translation>
    </message>
    <message>
        <source>Multimedia controller</source>
        <translation>マルチメディアコントローラー</translation>
    </message>
    <message>
        <source>Memory controller</source>
        <translation>メモリーコントローラー</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>ブリッジ</translation>
    </message>
    <message>
        <source>Communication controller</source>
        <translation>通信コントローラー</translation>
    </message>
    <message>
        <source>System peripheral</source>
        <translation>システム周辺機器</translation>
    </message>
    <message>
        <source>Input device controller</source>
        <translation>入力デバイスコントローラー</translation>
    </message>
    <message>
        <source>Serial bus controller (USB, SMBus...)</source>
        <translation>シリアルバスコントローラー (USB、SMBus など)</translation>
    </message>
    <message>
        <source>Wireless controller</source>
        <translation>ワイヤレスコントローラー</translation>
    </message>
    <message>
        <source>Encryption controller</source>
        <translation>暗号化コントローラー</translation>
    </message>
    <message>
        <source>Processing accelerator</source>
        <translation>処理アクセラレーター</translation>
    </message>
    <message>
        <source>%n more can be created</source>
        <translation>あと %n 個作成できます</translation>
    </message>
</context>
<context>
    <name>DeviceTreeModel</name>
    <message>
        <source>PCI devices</source>
        <translation>PCI デバイス</translation>
    </message>
    <message>
        <source>USB devices</source>
        <translation>USB デバイス</translation>
    </message>
    <message>
        <source>SCSI devices</source>
        <translation>SCSI デバイス</translation>
    </message>
    <message>
        <source>Network interfaces</source>
        <translation>ネットワークインターフェース</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <source>Mediated devices</source>
        <translation>仲介デバイス</translation>
    </message>
    <message>
        <source>Other devices</source>
        <translation>その他のデバイス</translation>
    </message>
    <message>
        <source>IOMMU group {number}</source>
        <translation>IOMMU グループ {number}</translation>
    </message>
    <message>
        <source>No IOMMU group</source>
        <translation>IOMMU グループなし</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Product / vendor</source>
        <translation>製品 / ベンダー</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>ドライバー</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n 個のデバイス</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>&lt;b&gt;Host devices&lt;/b&gt;</source>
        <translation>&lt;b&gt;ホストデバイス&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reading the host&apos;s devices…</source>
        <translation>ホストのデバイスを読み込み中…</translation>
    </message>
    <message>
        <source>The host reports no devices.</source>
        <translation>ホストはデバイスを報告していません。</translation>
    </message>
    <message>
        <source>This host does not report its devices: {reason}</source>
        <translation>このホストはデバイスを報告しません: {reason}</translation>
    </message>
    <message>
        <source>Could not read the host&apos;s devices: {error}</source>
        <translation>ホストのデバイスを読み込めませんでした: {error}</translation>
    </message>
    <message>
        <source>Detach a Device from the Host</source>
        <translation>ホストからのデバイスの切り離し</translation>
    </message>
    <message>
        <source>Detach</source>
        <translation>切り離す</translation>
    </message>
    <message>
        <source>Detach {device} ({summary}) from its current driver, {driver}? The host can no longer use the device until it is reattached.</source>
        <translation>{device} ({summary}) を現在のドライバー {driver} から切り離しますか? 再接続するまで、ホストはこのデバイスを使用できなくなります。</translation>
    </message>
    <message>
        <source>Detached {device} from the host.</source>
        <translation>{device} をホストから切り離しました。</translation>
    </message>
    <message>
        <source>Could not detach {device}: {error}</source>
        <translation>{device} を切り離せませんでした: {error}</translation>
    </message>
    <message>
        <source>Reattach a Device to the Host</source>
        <translation>ホストへのデバイスの再接続</translation>
    </message>
    <message>
        <source>Reattach</source>
        <translation>再接続</translation>
    </message>
    <message>
        <source>Reattach {device} ({summary}) to the host? It leaves its current driver, {driver}, and the host&apos;s own driver takes it again.</source>
        <translation>{device} ({summary}) をホストに再接続しますか? デバイスは現在のドライバー {driver} から外れ、ホスト本来のドライバーが再び使用します。</translation>
    </message>
    <message>
        <source>Reattached {device} to the host.</source>
        <translation>{device} をホストに再接続しました。</translation>
    </message>
    <message>
        <source>Could not reattach {device}: {error}</source>
        <translation>{device} を再接続できませんでした: {error}</translation>
    </message>
    <message>
        <source>Reset a Device</source>
        <translation>デバイスのリセット</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Reset {device} ({summary}, driver {driver})? The device is reset at once: whatever is using it loses what it was doing.</source>
        <translation>{device} ({summary}、ドライバー {driver}) をリセットしますか? デバイスはすぐにリセットされ、使用中のものは実行中の処理を失います。</translation>
    </message>
    <message>
        <source>Reset {device}.</source>
        <translation>{device} をリセットしました。</translation>
    </message>
    <message>
        <source>Could not reset {device}: {error}</source>
        <translation>{device} をリセットできませんでした: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mediated device type {id}&lt;/b&gt;</source>
        <translation>&lt;b&gt;仲介デバイスの種類 {id}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Device API</source>
        <translation>デバイス API</translation>
    </message>
    <message>
        <source>Instances that can still be created</source>
        <translation>まだ作成できるインスタンス数</translation>
    </message>
    <message>
        <source>Offered by</source>
        <translation>提供元</translation>
    </message>
    <message>
        <source>Select a device to see its details.</source>
        <translation>デバイスを選択すると詳細を表示します。</translation>
    </message>
    <message>
        <source>Used by: {names}</source>
        <translation>使用している VM: {names}</translation>
    </message>
    <message>
        <source>No VM uses it.</source>
        <translation>どの VM も使用していません。</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>no driver</source>
        <translation>ドライバーなし</translation>
    </message>
    <message>
        <source>Passthrough</source>
        <translation>パススルー</translation>
    </message>
    <message>
        <source>A VM can be given a device of this group only when every device in it is detached from the host.</source>
        <translation>このグループのデバイスを VM に割り当てられるのは、グループ内のすべてのデバイスがホストから切り離されている場合だけです。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>These VMs use it: {names}.</source>
        <translation>次の VM が使用しています: {names}。</translation>
    </message>
    <message>
        <source>A VM can be given it only when the other devices of IOMMU group {number} ({others}) are detached too.</source>
        <translation>このデバイスを VM に割り当てられるのは、IOMMU グループ {number} の他のデバイス ({others}) も切り離されている場合だけです。</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <source>Apply these changes?</source>
        <translation>これらの変更を適用しますか?</translation>
    </message>
    <message>
        <source>(no change)</source>
        <translation>(変更なし)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
</context>
<context>
    <name>DiffForm</name>
    <message>
        <source>The VM&apos;s configuration will change like this:</source>
        <translation>VM の設定は次のように変わります:</translation>
    </message>
</context>
<context>
    <name>DiskAction</name>
    <message>
        <source>Clone</source>
        <translation>クローン</translation>
    </message>
    <message>
        <source>Share with the original</source>
        <translation>元の VM と共有</translation>
    </message>
    <message>
        <source>New empty disk</source>
        <translation>新しい空のディスク</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>除外</translation>
    </message>
</context>
<context>
    <name>DiskPage</name>
    <message>
        <source>Device type:</source>
        <translation>デバイスの種類:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>ソース:</translation>
    </message>
    <message>
        <source>Eject</source>
        <translation>取り出し</translation>
    </message>
    <message>
        <source>Insert…</source>
        <translation>挿入…</translation>
    </message>
    <message>
        <source>Media:</source>
        <translation>メディア:</translation>
    </message>
    <message>
        <source>Network source:</source>
        <translation>ネットワークソース:</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>ボリューム:</translation>
    </message>
    <message>
        <source>Bus:</source>
        <translation>バス:</translation>
    </message>
    <message>
        <source>Device name:</source>
        <translation>デバイス名:</translation>
    </message>
    <message>
        <source>Hypervisor default</source>
        <translation>ハイパーバイザーのデフォルト</translation>
    </message>
    <message>
        <source>unmap (pass discards to the image)</source>
        <translation>unmap (discard をイメージに渡す)</translation>
    </message>
    <message>
        <source>ignore</source>
        <translation>ignore (無視)</translation>
    </message>
    <message>
        <source>Cache mode:</source>
        <translation>キャッシュモード:</translation>
    </message>
    <message>
        <source>IO mode:</source>
        <translation>IO モード:</translation>
    </message>
    <message>
        <source>Discard:</source>
        <translation>Discard:</translation>
    </message>
    <message>
        <source>Detect zeroes:</source>
        <translation>ゼロの検出:</translation>
    </message>
    <message>
        <source>The guest cannot write to this disk</source>
        <translation>ゲストはこのディスクに書き込めません</translation>
    </message>
    <message>
        <source>Read-only:</source>
        <translation>読み取り専用:</translation>
    </message>
    <message>
        <source>Other VMs may use this disk at the same time</source>
        <translation>他の VM がこのディスクを同時に使用できます</translation>
    </message>
    <message>
        <source>Shareable:</source>
        <translation>共有可能:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>シリアル番号:</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>CD-ROM</source>
        <translation>CD-ROM</translation>
    </message>
    <message>
        <source>Floppy</source>
        <translation>フロッピー</translation>
    </message>
    <message>
        <source>LUN</source>
        <translation>LUN</translation>
    </message>
    <message>
        <source>{protocol}: {name}</source>
        <translation>{protocol}: {name}</translation>
    </message>
    <message>
        <source> on {hosts}</source>
        <translation> ({hosts} 上)</translation>
    </message>
    <message>
        <source>Edit network storage in the XML tab.</source>
        <translation>ネットワークストレージは XML タブで編集してください。</translation>
    </message>
    <message>
        <source>No media</source>
        <translation>メディアなし</translation>
    </message>
    <message>
        <source>{name} (the name on the new bus)</source>
        <translation>{name} (新しいバスでの名前)</translation>
    </message>
    <message>
        <source>The serial number may hold only letters, digits, spaces and _ . + -</source>
        <translation>シリアル番号に使えるのは英字、数字、空白、_ . + - だけです</translation>
    </message>
    <message>
        <source>A disk needs a source: a file or device path, or a pool volume.</source>
        <translation>ディスクにはソース (ファイルまたはデバイスのパス、あるいはプールのボリューム) が必要です。</translation>
    </message>
    <message>
        <source>Choose the storage pool of the volume.</source>
        <translation>ボリュームのストレージプールを選択してください。</translation>
    </message>
    <message>
        <source>Eject the media from {drive}</source>
        <translation>{drive} からメディアを取り出し</translation>
    </message>
    <message>
        <source>Insert {media} into {drive}</source>
        <translation>{drive} に {media} を挿入</translation>
    </message>
</context>
<context>
    <name>DnsPage</name>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>The names the network&apos;s DNS server answers for its guests, and where it asks for the rest.</source>
        <translation>ネットワークの DNS サーバーがゲストに応答する名前と、それ以外の名前の問い合わせ先。</translation>
    </message>
</context>
<context>
    <name>DomainState</name>
    <message>
        <source>No state</source>
        <translation>状態なし</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>ブロック</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Shutting down</source>
        <translation>シャットダウン中</translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation>シャットオフ</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>クラッシュ</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>サスペンド中</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存済み</translation>
    </message>
</context>
<context>
    <name>DumpFormat</name>
    <message>
        <source>ELF (crash, gdb)</source>
        <translation>ELF (crash、gdb)</translation>
    </message>
    <message>
        <source>kdump, zlib-compressed</source>
        <translation>kdump、zlib 圧縮</translation>
    </message>
    <message>
        <source>kdump, LZO-compressed</source>
        <translation>kdump、LZO 圧縮</translation>
    </message>
    <message>
        <source>kdump, Snappy-compressed</source>
        <translation>kdump、Snappy 圧縮</translation>
    </message>
    <message>
        <source>Windows crash dump (WinDbg)</source>
        <translation>Windows クラッシュダンプ (WinDbg)</translation>
    </message>
</context>
<context>
    <name>DumpVmDialog</name>
    <message>
        <source>Dump the Memory of {vm}</source>
        <translation>{vm} のメモリーのダンプ</translation>
    </message>
    <message>
        <source>&amp;Dump</source>
        <translation>ダンプ(&amp;D)</translation>
    </message>
    <message>
        <source>Writes the memory of {vm} to a file of its host, for debugging its guest system.</source>
        <translation>ゲストシステムのデバッグ用に、{vm} のメモリーをホストのファイルに書き出します。</translation>
    </message>
    <message>
        <source>{vm} is stopped once its memory is written: what runs in it and its unsaved data are lost.</source>
        <translation>メモリーを書き出すと {vm} は停止します: 実行中のものと保存していないデータは失われます。</translation>
    </message>
    <message>
        <source>{vm} is reset once its memory is written: what runs in it and its unsaved data are lost.</source>
        <translation>メモリーを書き出すと {vm} はリセットされます: 実行中のものと保存していないデータは失われます。</translation>
    </message>
    <message>
        <source>{vm} is {state}: only a running or paused VM can be dumped.</source>
        <translation>{vm} は{state}です: ダンプできるのは実行中または一時停止中の VM だけです。</translation>
    </message>
</context>
<context>
    <name>DumpVmForm</name>
    <message>
        <source>&amp;File on the host:</source>
        <translation>ホスト上のファイル(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>内容:</translation>
    </message>
    <message>
        <source>&amp;Memory only, for crash analysis tools (crash, gdb, WinDbg)</source>
        <translation>メモリーのみ、クラッシュ解析ツール用 (crash、gdb、WinDbg)(&amp;M)</translation>
    </message>
    <message>
        <source>Memory and device &amp;state, in QEMU&apos;s save format</source>
        <translation>メモリーとデバイスの状態、QEMU の保存形式(&amp;S)</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>形式(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Afterwards:</source>
        <translation>その後(&amp;A):</translation>
    </message>
    <message>
        <source>Keep the VM &amp;running while it is dumped (the dump may then be inconsistent)</source>
        <translation>ダンプ中も VM を実行したままにする (ダンプの整合性が取れないことがあります)(&amp;R)</translation>
    </message>
    <message>
        <source>Bypass the host&apos;s file &amp;cache (slower, but leaves the host&apos;s memory alone)</source>
        <translation>ホストのファイルキャッシュを使わない (遅くなりますが、ホストのメモリーを圧迫しません)(&amp;C)</translation>
    </message>
</context>
<context>
    <name>FieldsDevicePage</name>
    <message>
        <source>Device {tag}</source>
        <translation>デバイス {tag}</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>{field} must be filled in.</source>
        <translation>{field} を入力してください。</translation>
    </message>
</context>
<context>
    <name>FileListModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>{path} (you may not read it)</source>
        <translation>{path} (読み込み権限がありません)</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} バイト</translation>
    </message>
</context>
<context>
    <name>FilesystemForm</name>
    <message>
        <source>Driver:</source>
        <translation>ドライバー:</translation>
    </message>
    <message>
        <source>virtiofs (fast; Linux 5.4+, Windows)</source>
        <translation>virtiofs (高速。Linux 5.4 以降、Windows)</translation>
    </message>
    <message>
        <source>9p (virtio-9p)</source>
        <translation>9p (virtio-9p)</translation>
    </message>
    <message>
        <source>/srv/share</source>
        <translation>/srv/share</translation>
    </message>
    <message>
        <source>Host directory:</source>
        <translation>ホストのディレクトリー:</translation>
    </message>
    <message>
        <source>the name the guest mounts, e.g. share</source>
        <translation>ゲストがマウントする名前 (例: share)</translation>
    </message>
    <message>
        <source>Mount tag:</source>
        <translation>マウントタグ:</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>Filesystem</source>
        <translation>ファイルシステム</translation>
    </message>
    <message>
        <source>virtiofs needs the VM&apos;s memory to be shared with the host. This VM does not share it: adding a virtiofs filesystem also turns shared memory on (memory backed by memfd, access shared).</source>
        <translation>virtiofs には VM のメモリーをホストと共有する必要があります。この VM は共有していないため、virtiofs ファイルシステムを追加すると共有メモリーもオンになります (memfd によるメモリー、access は shared)。</translation>
    </message>
    <message>
        <source>That takes effect after the next shutdown of the VM.</source>
        <translation>これは VM の次回のシャットダウン後に有効になります。</translation>
    </message>
    <message>
        <source>Enter the absolute path of the host directory to share.</source>
        <translation>共有するホストのディレクトリーの絶対パスを入力してください。</translation>
    </message>
    <message>
        <source>Enter the mount tag the guest uses to mount the share.</source>
        <translation>ゲストが共有をマウントするときに使うマウントタグを入力してください。</translation>
    </message>
    <message>
        <source>Another filesystem of this VM already uses the mount tag {tag}.</source>
        <translation>この VM の別のファイルシステムが既にマウントタグ {tag} を使っています。</translation>
    </message>
</context>
<context>
    <name>FilesystemPage</name>
    <message>
        <source>Filesystem {source} → {tag}</source>
        <translation>ファイルシステム {source} → {tag}</translation>
    </message>
    <message>
        <source>virtiofs needs the VM&apos;s memory to be shared with the host, and this VM&apos;s memory is not shared: the VM will not start with this share until it is.</source>
        <translation>virtiofs には VM のメモリーをホストと共有する必要がありますが、この VM のメモリーは共有されていません。共有するまで、この共有フォルダーがあると VM は起動しません。</translation>
    </message>
    <message>
        <source>Share the VM&apos;s memory (memfd) when applying</source>
        <translation>適用時に VM のメモリーを共有する (memfd)</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Ready to Begin the Installation</source>
        <translation>インストールの準備ができました</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Virtual network</source>
        <translation>仮想ネットワーク</translation>
    </message>
    <message>
        <source>Bridge device</source>
        <translation>ブリッジデバイス</translation>
    </message>
    <message>
        <source>Macvtap device</source>
        <translation>macvtap デバイス</translation>
    </message>
    <message>
        <source>Usermode networking</source>
        <translation>ユーザーモードネットワーク</translation>
    </message>
    <message>
        <source>No network</source>
        <translation>ネットワークなし</translation>
    </message>
    <message>
        <source>br0</source>
        <translation>br0</translation>
    </message>
    <message>
        <source>eth0</source>
        <translation>eth0</translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <source>UEFI with Secure Boot</source>
        <translation>UEFI (セキュアブート)</translation>
    </message>
    <message>
        <source>The host has no UEFI firmware for this kind of VM.</source>
        <translation>ホストにはこの種類の VM 用の UEFI ファームウェアがありません。</translation>
    </message>
    <message>
        <source>The host has no virtual network; choose another kind.</source>
        <translation>ホストに仮想ネットワークがありません。別の種類を選択してください。</translation>
    </message>
    <message>
        <source>Enter the name of the host&apos;s bridge.</source>
        <translation>ホストのブリッジ名を入力してください。</translation>
    </message>
    <message>
        <source>Enter the host&apos;s network device.</source>
        <translation>ホストのネットワークデバイスを入力してください。</translation>
    </message>
    <message>
        <source>new {size:.1f} GiB {format} image in the pool {pool}</source>
        <translation>プール {pool} に新しい {size:.1f} GiB の {format} イメージ</translation>
    </message>
    <message>
        <source>new image over {image}</source>
        <translation>{image} の上に作成する新しいイメージ</translation>
    </message>
    <message>
        <source>existing disk</source>
        <translation>既存のディスク</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>OS: {os} · Memory: {memory} MiB · vCPUs: {vcpus} · Storage: {storage} · Host: {host}</source>
        <translation>OS: {os} · メモリー: {memory} MiB · vCPU: {vcpus} · ストレージ: {storage} · ホスト: {host}</translation>
    </message>
    <message>
        <source>This is not a domain&apos;s XML.</source>
        <translation>これはドメインの XML ではありません。</translation>
    </message>
    <message>
        <source>libvirt&apos;s schema does not accept this XML:
{errors}</source>
        <translation>libvirt のスキーマがこの XML を受け付けません:
{errors}</translation>
    </message>
    <message>
        <source>The XML names the VM “{xml}”, the name field “{name}”.</source>
        <translation>XML での VM 名は “{xml}” ですが、名前欄は “{name}” です。</translation>
    </message>
    <message>
        <source>Not created: {error}</source>
        <translation>作成しませんでした: {error}</translation>
    </message>
    <message>
        <source>Created the VM {name}.</source>
        <translation>VM {name} を作成しました。</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was left on the host.</source>
        <translation>キャンセルしました。ホストには何も残っていません。</translation>
    </message>
    <message>
        <source>Not created: {error}
Everything made on the way was removed again; change what is needed and press Finish again.</source>
        <translation>作成しませんでした: {error}
途中で作成したものはすべて削除しました。必要な箇所を変更して、もう一度「完了」を押してください。</translation>
    </message>
</context>
<context>
    <name>GenericDevicePage</name>
    <message>
        <source>Edit this device in the XML tab.</source>
        <translation>このデバイスは XML タブで編集してください。</translation>
    </message>
</context>
<context>
    <name>GraphWidget</name>
    <message>
        <source>older</source>
        <translation>過去</translation>
    </message>
    <message>
        <source>now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>まだデータがありません</translation>
    </message>
</context>
<context>
    <name>GraphicalConsolePage</name>
    <message>
        <source>Console</source>
        <translation>コンソール</translation>
    </message>
</context>
<context>
    <name>GraphicsForm</name>
    <message>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>SPICE server</source>
        <translation>SPICE サーバー</translation>
    </message>
    <message>
        <source>VNC server</source>
        <translation>VNC サーバー</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>待ち受けアドレス:</translation>
    </message>
    <message>
        <source>This host only (127.0.0.1)</source>
        <translation>このホストのみ (127.0.0.1)</translation>
    </message>
    <message>
        <source>All interfaces (0.0.0.0)</source>
        <translation>すべてのインターフェース (0.0.0.0)</translation>
    </message>
    <message>
        <source>Nothing (local socket)</source>
        <translation>なし (ローカルソケット)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <source>No password</source>
        <translation>パスワードなし</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>Graphics</source>
        <translation>グラフィックス</translation>
    </message>
</context>
<context>
    <name>GraphicsPage</name>
    <message>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>None (only through libvirt)</source>
        <translation>なし (libvirt 経由のみ)</translation>
    </message>
    <message>
        <source>UNIX socket</source>
        <translation>UNIX ソケット</translation>
    </message>
    <message>
        <source>Listen type:</source>
        <translation>待ち受けの種類:</translation>
    </message>
    <message>
        <source>Hypervisor default</source>
        <translation>ハイパーバイザーのデフォルト</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>アドレス:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <source>In use now:</source>
        <translation>現在の使用状況:</translation>
    </message>
    <message>
        <source>Require</source>
        <translation>必須にする</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>Keymap:</source>
        <translation>キーマップ:</translation>
    </message>
    <message>
        <source>OpenGL acceleration (SPICE)</source>
        <translation>OpenGL アクセラレーション (SPICE)</translation>
    </message>
    <message>
        <source>OpenGL:</source>
        <translation>OpenGL:</translation>
    </message>
    <message>
        <source>Display {type}</source>
        <translation>ディスプレイ {type}</translation>
    </message>
    <message>
        <source>Not known: this connection may not read passwords</source>
        <translation>不明: この接続ではパスワードを読み取れません</translation>
    </message>
    <message>
        <source>The password could not be read: {error}</source>
        <translation>パスワードを読み取れませんでした: {error}</translation>
    </message>
    <message>
        <source>port {port}</source>
        <translation>ポート {port}</translation>
    </message>
    <message>
        <source>TLS port {port}</source>
        <translation>TLS ポート {port}</translation>
    </message>
    <message>
        <source>socket {path}</source>
        <translation>ソケット {path}</translation>
    </message>
    <message>
        <source>on {address}</source>
        <translation>{address} 上</translation>
    </message>
    <message>
        <source>not listening</source>
        <translation>待ち受けていません</translation>
    </message>
    <message>
        <source>Enter the password, or untick “Require”.</source>
        <translation>パスワードを入力するか、“必須にする” のチェックを外してください。</translation>
    </message>
    <message>
        <source>Change the display password</source>
        <translation>ディスプレイのパスワードを変更</translation>
    </message>
    <message>
        <source>Remove the display password</source>
        <translation>ディスプレイのパスワードを削除</translation>
    </message>
</context>
<context>
    <name>HelpForm</name>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>Go back to the page shown before</source>
        <translation>前に表示していたページに戻ります</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>進む(&amp;F)</translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation>再び進みます</translation>
    </message>
    <message>
        <source>C&amp;ontents</source>
        <translation>目次(&amp;O)</translation>
    </message>
    <message>
        <source>Show the guide&apos;s table of contents</source>
        <translation>ガイドの目次を表示します</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>ユーザーガイド</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>閉じる(&amp;L)</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>The user guide is not installed here: {path} is missing.</source>
        <translation>ユーザーガイドがインストールされていません: {path} がありません。</translation>
    </message>
    <message>
        <source>{page} cannot be read: {error}</source>
        <translation>{page} を読み込めません: {error}</translation>
    </message>
    <message>
        <source>{page} — virtdesk Help</source>
        <translation>{page} — virtdesk ヘルプ</translation>
    </message>
    <message>
        <source>virtdesk Help</source>
        <translation>virtdesk ヘルプ</translation>
    </message>
</context>
<context>
    <name>HostDetailsWindow</name>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <source>Virtual Networks</source>
        <translation>仮想ネットワーク</translation>
    </message>
    <message>
        <source>Host Devices</source>
        <translation>ホストデバイス</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>インターフェース</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <source>Network Filters</source>
        <translation>ネットワークフィルター</translation>
    </message>
    <message>
        <source>{host} — Host Details</source>
        <translation>{host} — ホストの詳細</translation>
    </message>
    <message>
        <source>{host} is not answering: what the tabs show may be out of date, and actions wait for it.</source>
        <translation>{host} が応答していません: タブの表示は古い可能性があり、操作は応答を待ちます。</translation>
    </message>
    <message>
        <source>The connection to {host} was removed: there is nothing to show. Close this window.</source>
        <translation>{host} への接続は削除されたため、表示する内容がありません。このウィンドウを閉じてください。</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>{host} に接続中…</translation>
    </message>
    <message>
        <source>Not connected to {host}: {why}</source>
        <translation>{host} に接続していません: {why}</translation>
    </message>
    <message>
        <source>Not connected to {host}.</source>
        <translation>{host} に接続していません。</translation>
    </message>
    <message>
        <source>The host&apos;s details show again once it is connected.</source>
        <translation>接続すると、ホストの詳細が再び表示されます。</translation>
    </message>
</context>
<context>
    <name>HostDeviceForm</name>
    <message>
        <source>Choose a host device.</source>
        <translation>ホストデバイスを選択してください。</translation>
    </message>
</context>
<context>
    <name>HostDevicesForm</name>
    <message>
        <source>&lt;b&gt;Host devices&lt;/b&gt;</source>
        <translation>&lt;b&gt;ホストデバイス&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the host&apos;s devices and their drivers again</source>
        <translation>ホストのデバイスとドライバーを読み込み直します</translation>
    </message>
    <message>
        <source>&amp;Detach from Host…</source>
        <translation>ホストから切り離す(&amp;D)…</translation>
    </message>
    <message>
        <source>Take the PCI device from its host driver so that a VM can be given it</source>
        <translation>VM に割り当てられるように、PCI デバイスをホストのドライバーから切り離します</translation>
    </message>
    <message>
        <source>Re&amp;attach to Host…</source>
        <translation>ホストに再接続(&amp;A)…</translation>
    </message>
    <message>
        <source>Give the PCI device back to its host driver</source>
        <translation>PCI デバイスをホストのドライバーに戻します</translation>
    </message>
    <message>
        <source>Re&amp;set…</source>
        <translation>リセット(&amp;S)…</translation>
    </message>
    <message>
        <source>Reset the PCI device</source>
        <translation>PCI デバイスをリセットします</translation>
    </message>
    <message>
        <source>&lt;b&gt;XML&lt;/b&gt;</source>
        <translation>&lt;b&gt;XML&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>HostFileJobDialog</name>
    <message>
        <source>The path is one of the host {host}, whose files virtdesk cannot see: it is not checked first, and a file that is there is replaced.</source>
        <translation>このパスはホスト {host} のもので、virtdesk からはそのファイルが見えません: 事前に確認されず、既存のファイルは置き換えられます。</translation>
    </message>
    <message>
        <source>The path is one of the host {host}, whose files virtdesk cannot see: it is not checked first.</source>
        <translation>このパスはホスト {host} のもので、virtdesk からはそのファイルが見えません: 事前に確認されません。</translation>
    </message>
    <message>
        <source>The path is one of the host {host}; its libvirt opens the file.</source>
        <translation>このパスはホスト {host} のものです。ファイルはそのホストの libvirt が開きます。</translation>
    </message>
    <message>
        <source>The path is one of this computer; the libvirt daemon opens the file, so it must be allowed to.</source>
        <translation>このパスはこのコンピューターのものです。ファイルは libvirt デーモンが開くため、デーモンにその権限が必要です。</translation>
    </message>
    <message>
        <source>Choose the File</source>
        <translation>ファイルの選択</translation>
    </message>
    <message>
        <source>Choose the Folder</source>
        <translation>フォルダーの選択</translation>
    </message>
    <message>
        <source>Checking {path}…</source>
        <translation>{path} を確認しています…</translation>
    </message>
    <message>
        <source>{path} already exists. Replace it? What it holds now is lost.</source>
        <translation>{path} はすでに存在します。置き換えますか? 現在の内容は失われます。</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>置き換える(&amp;R)</translation>
    </message>
    <message>
        <source>libvirt cannot stop this once it has begun.</source>
        <translation>libvirt は一度始めたこの処理を止められません。</translation>
    </message>
</context>
<context>
    <name>HostFiles</name>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} は存在しません。</translation>
    </message>
    <message>
        <source>You may not open {path} (permission denied).</source>
        <translation>{path} を開く権限がありません (アクセスが拒否されました)。</translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation>{path} はフォルダーではありません。</translation>
    </message>
</context>
<context>
    <name>HostKeyDialog</name>
    <message>
        <source>Unknown Host Key</source>
        <translation>未知のホスト鍵</translation>
    </message>
    <message>
        <source>&amp;Trust and Connect</source>
        <translation>信頼して接続(&amp;T)</translation>
    </message>
</context>
<context>
    <name>HostKeyForm</name>
    <message>
        <source>virtdesk has never connected to this host before, so it cannot tell whether it is the machine you mean. Compare the fingerprint with the one the host&apos;s administrator gives you (on the host: ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub).</source>
        <translation>virtdesk はこのホストに一度も接続したことがないため、目的のマシンかどうかを判断できません。フィンガープリントを、ホストの管理者から伝えられたものと照合してください (ホスト上で: ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub)。</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>ホスト:</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>鍵の種類:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>フィンガープリント:</translation>
    </message>
    <message>
        <source>Trust this key? virtdesk remembers it and warns you if the host ever offers another one.</source>
        <translation>この鍵を信頼しますか? virtdesk はこの鍵を記憶し、今後ホストが別の鍵を提示した場合は警告します。</translation>
    </message>
</context>
<context>
    <name>HostNetworksForm</name>
    <message>
        <source>&lt;b&gt;Virtual networks&lt;/b&gt;</source>
        <translation>&lt;b&gt;仮想ネットワーク&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A&amp;dd Network…</source>
        <translation>ネットワークを追加(&amp;D)…</translation>
    </message>
    <message>
        <source>Create a new virtual network on this host</source>
        <translation>このホストに新しい仮想ネットワークを作成します</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>起動(&amp;S)</translation>
    </message>
    <message>
        <source>Start the selected network</source>
        <translation>選択したネットワークを起動します</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>停止(&amp;O)</translation>
    </message>
    <message>
        <source>Stop the selected network; the VMs using it lose their link to it</source>
        <translation>選択したネットワークを停止します。使用している VM はネットワークとの接続を失います</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>削除(&amp;L)…</translation>
    </message>
    <message>
        <source>Stop the selected network and remove its definition</source>
        <translation>選択したネットワークを停止して定義を削除します</translation>
    </message>
    <message>
        <source>&amp;Autostart (start the network when the host starts)</source>
        <translation>自動起動 (ホストの起動時にネットワークを起動)(&amp;A)</translation>
    </message>
    <message>
        <source>DHCP leases</source>
        <translation>DHCP リース</translation>
    </message>
    <message>
        <source>&amp;Refresh leases</source>
        <translation>リースを更新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the network&apos;s DHCP leases again</source>
        <translation>ネットワークの DHCP リースを読み込み直します</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>元に戻す(&amp;V)</translation>
    </message>
    <message>
        <source>Show the saved definition again, dropping your changes</source>
        <translation>変更を破棄して、保存されている定義を再表示します</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>適用(&amp;P)</translation>
    </message>
    <message>
        <source>Save the edited definition (a running network uses it once started again)</source>
        <translation>編集した定義を保存します (実行中のネットワークには再起動後に反映されます)</translation>
    </message>
</context>
<context>
    <name>HostObjectsForm</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the list again from the host</source>
        <translation>ホストから一覧を読み込み直します</translation>
    </message>
    <message>
        <source>Show &amp;Value…</source>
        <translation>値を表示(&amp;V)…</translation>
    </message>
    <message>
        <source>Read the selected secret&apos;s value from the host and show it here</source>
        <translation>選択したシークレットの値をホストから読み込んで、ここに表示します</translation>
    </message>
    <message>
        <source>&lt;b&gt;XML&lt;/b&gt;</source>
        <translation>&lt;b&gt;XML&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>HostObjectsPage</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC アドレス</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>&lt;b&gt;Host interfaces&lt;/b&gt;</source>
        <translation>&lt;b&gt;ホストのインターフェース&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reading the host&apos;s interfaces…</source>
        <translation>ホストのインターフェースを読み込み中…</translation>
    </message>
    <message>
        <source>The host reports no interfaces.</source>
        <translation>ホストはインターフェースを報告していません。</translation>
    </message>
    <message>
        <source>This host does not report its interfaces: {reason}</source>
        <translation>このホストはインターフェースを報告しません: {reason}</translation>
    </message>
    <message>
        <source>Could not read the host&apos;s interfaces: {error}</source>
        <translation>ホストのインターフェースを読み込めませんでした: {error}</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Usage ID</source>
        <translation>使用 ID</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Ephemeral</source>
        <translation>揮発性</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>プライベート</translation>
    </message>
    <message>
        <source>&lt;b&gt;Secrets&lt;/b&gt;</source>
        <translation>&lt;b&gt;シークレット&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reading the host&apos;s secrets…</source>
        <translation>ホストのシークレットを読み込み中…</translation>
    </message>
    <message>
        <source>The host keeps no secrets.</source>
        <translation>ホストにはシークレットがありません。</translation>
    </message>
    <message>
        <source>This host does not report secrets: {reason}</source>
        <translation>このホストはシークレットを報告しません: {reason}</translation>
    </message>
    <message>
        <source>Could not read the host&apos;s secrets: {error}</source>
        <translation>ホストのシークレットを読み込めませんでした: {error}</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>チェーン</translation>
    </message>
    <message>
        <source>&lt;b&gt;Network filters&lt;/b&gt;</source>
        <translation>&lt;b&gt;ネットワークフィルター&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reading the host&apos;s network filters…</source>
        <translation>ホストのネットワークフィルターを読み込み中…</translation>
    </message>
    <message>
        <source>The host has no network filters.</source>
        <translation>ホストにはネットワークフィルターがありません。</translation>
    </message>
    <message>
        <source>This host does not report network filters: {reason}</source>
        <translation>このホストはネットワークフィルターを報告しません: {reason}</translation>
    </message>
    <message>
        <source>Could not read the host&apos;s network filters: {error}</source>
        <translation>ホストのネットワークフィルターを読み込めませんでした: {error}</translation>
    </message>
    <message>
        <source>Secret value</source>
        <translation>シークレットの値</translation>
    </message>
    <message>
        <source>Show &amp;Value…</source>
        <translation>値を表示(&amp;V)…</translation>
    </message>
    <message>
        <source>Reading the value of the secret…</source>
        <translation>シークレットの値を読み込み中…</translation>
    </message>
    <message>
        <source>The value is not text: it is shown in base64.</source>
        <translation>値がテキストではないため、base64 で表示しています。</translation>
    </message>
    <message>
        <source>Hide &amp;Value</source>
        <translation>値を隠す(&amp;V)</translation>
    </message>
    <message>
        <source>The secret is private: libvirt never gives its value out ({error}).</source>
        <translation>このシークレットはプライベートです。libvirt が値を渡すことはありません ({error})。</translation>
    </message>
    <message>
        <source>Could not read the value of the secret: {error}</source>
        <translation>シークレットの値を読み込めませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>HostOverviewForm</name>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>URI:</source>
        <translation>URI:</translation>
    </message>
    <message>
        <source>Hypervisor:</source>
        <translation>ハイパーバイザー:</translation>
    </message>
    <message>
        <source>libvirt on the host:</source>
        <translation>ホストの libvirt:</translation>
    </message>
    <message>
        <source>libvirt here:</source>
        <translation>このコンピューターの libvirt:</translation>
    </message>
    <message>
        <source>Daemon:</source>
        <translation>デーモン:</translation>
    </message>
    <message>
        <source>Remote access:</source>
        <translation>リモートアクセス:</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>プロセッサー</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>Architecture:</source>
        <translation>アーキテクチャー:</translation>
    </message>
    <message>
        <source>CPUs:</source>
        <translation>CPU 数:</translation>
    </message>
    <message>
        <source>Topology:</source>
        <translation>トポロジー:</translation>
    </message>
    <message>
        <source>Frequency:</source>
        <translation>周波数:</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリー</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>合計:</translation>
    </message>
    <message>
        <source>Free:</source>
        <translation>空き:</translation>
    </message>
    <message>
        <source>Same-page merging (KSM):</source>
        <translation>同一ページのマージ (KSM):</translation>
    </message>
    <message>
        <source>Huge page sizes:</source>
        <translation>Huge Page のサイズ:</translation>
    </message>
    <message>
        <source>NUMA cells</source>
        <translation>NUMA セル</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>セル</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Free memory</source>
        <translation>空きメモリー</translation>
    </message>
    <message>
        <source>Free huge pages</source>
        <translation>空き Huge Page</translation>
    </message>
    <message>
        <source>Use now</source>
        <translation>現在の使用状況</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>仮想マシン</translation>
    </message>
</context>
<context>
    <name>HostStorageForm</name>
    <message>
        <source>&lt;b&gt;Storage pools&lt;/b&gt;</source>
        <translation>&lt;b&gt;ストレージプール&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>起動(&amp;S)</translation>
    </message>
    <message>
        <source>Start the selected pool</source>
        <translation>選択したプールを起動します</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>停止(&amp;O)</translation>
    </message>
    <message>
        <source>Stop the selected pool; its volumes stay on disk</source>
        <translation>選択したプールを停止します。ボリュームはディスク上に残ります</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the pool&apos;s volumes and sizes again from its storage</source>
        <translation>プールのボリュームとサイズをストレージから読み込み直します</translation>
    </message>
    <message>
        <source>&amp;Add Pool…</source>
        <translation>プールを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Define a new storage pool on this host</source>
        <translation>このホストに新しいストレージプールを定義します</translation>
    </message>
    <message>
        <source>Delete Poo&amp;l…</source>
        <translation>プールを削除(&amp;L)…</translation>
    </message>
    <message>
        <source>Remove the selected pool&apos;s definition; its storage is kept unless you ask otherwise</source>
        <translation>選択したプールの定義を削除します。指定しない限り、ストレージは残ります</translation>
    </message>
    <message>
        <source>&amp;Autostart (start the pool when the host starts)</source>
        <translation>自動起動 (ホストの起動時にプールを起動)(&amp;A)</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <source>&lt;b&gt;Volumes&lt;/b&gt;</source>
        <translation>&lt;b&gt;ボリューム&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;New Volume…</source>
        <translation>新しいボリューム(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a volume in the selected pool</source>
        <translation>選択したプールにボリュームを作成します</translation>
    </message>
    <message>
        <source>&amp;Clone…</source>
        <translation>クローン(&amp;C)…</translation>
    </message>
    <message>
        <source>Copy the selected volume into a new volume of the same pool</source>
        <translation>選択したボリュームを同じプールの新しいボリュームにコピーします</translation>
    </message>
    <message>
        <source>Resi&amp;ze…</source>
        <translation>サイズ変更(&amp;Z)…</translation>
    </message>
    <message>
        <source>Change the capacity of the selected volume</source>
        <translation>選択したボリュームの容量を変更します</translation>
    </message>
    <message>
        <source>Con&amp;vert…</source>
        <translation>変換(&amp;V)…</translation>
    </message>
    <message>
        <source>Copy the selected volume into a new volume of another format; the original is kept</source>
        <translation>選択したボリュームを別のフォーマットの新しいボリュームにコピーします。元のボリュームは残ります</translation>
    </message>
    <message>
        <source>&amp;Wipe…</source>
        <translation>消去(&amp;W)…</translation>
    </message>
    <message>
        <source>Overwrite all data of the selected volume with zeros</source>
        <translation>選択したボリュームのデータをすべてゼロで上書きします</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected volumes and their data</source>
        <translation>選択したボリュームとそのデータを削除します</translation>
    </message>
    <message>
        <source>&amp;Upload…</source>
        <translation>アップロード(&amp;U)…</translation>
    </message>
    <message>
        <source>Copy a file of this computer into a volume</source>
        <translation>このコンピューター上のファイルをボリュームにコピーします</translation>
    </message>
    <message>
        <source>Down&amp;load…</source>
        <translation>ダウンロード(&amp;L)…</translation>
    </message>
    <message>
        <source>Copy the selected volume into a file of this computer</source>
        <translation>選択したボリュームをこのコンピューター上のファイルにコピーします</translation>
    </message>
    <message>
        <source>Cancel &amp;Transfer</source>
        <translation>転送をキャンセル(&amp;T)</translation>
    </message>
    <message>
        <source>Stop the upload or download now</source>
        <translation>アップロードまたはダウンロードを直ちに中止します</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
</context>
<context>
    <name>HostdevPage</name>
    <message>
        <source>Host device:</source>
        <translation>ホストデバイス:</translation>
    </message>
    <message>
        <source>Vendor:</source>
        <translation>ベンダー:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>製品:</translation>
    </message>
    <message>
        <source>Node device:</source>
        <translation>ノードデバイス:</translation>
    </message>
    <message>
        <source>Host driver:</source>
        <translation>ホストのドライバー:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Looking on the host…</source>
        <translation>ホストを確認中…</translation>
    </message>
    <message>
        <source>Not found on this host</source>
        <translation>このホストには見つかりません</translation>
    </message>
</context>
<context>
    <name>HubPage</name>
    <message>
        <source>Hub {type} {index}</source>
        <translation>ハブ {type} {index}</translation>
    </message>
</context>
<context>
    <name>InputForm</name>
    <message>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>Tablet (absolute pointer)</source>
        <translation>タブレット (絶対座標ポインター)</translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation>マウス</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>キーボード</translation>
    </message>
    <message>
        <source>Bus:</source>
        <translation>バス:</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
</context>
<context>
    <name>InputPage</name>
    <message>
        <source>Tablet</source>
        <translation>タブレット</translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation>マウス</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>キーボード</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>Bus:</source>
        <translation>バス:</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>{type} ({bus})</source>
        <translation>{type} ({bus})</translation>
    </message>
    <message>
        <source>libvirt adds this PS/2 device to every x86 VM; it cannot be changed or removed.</source>
        <translation>この PS/2 デバイスは libvirt がすべての x86 VM に追加するもので、変更や削除はできません。</translation>
    </message>
    <message>
        <source>A tablet needs a USB or VirtIO bus.</source>
        <translation>タブレットには USB または VirtIO バスが必要です。</translation>
    </message>
</context>
<context>
    <name>InsertMediaDialog</name>
    <message>
        <source>Insert Media</source>
        <translation>メディアの挿入</translation>
    </message>
    <message>
        <source>/var/lib/libvirt/images/install.iso</source>
        <translation>/var/lib/libvirt/images/install.iso</translation>
    </message>
    <message>
        <source>Media for {drive} (an ISO image, another file, or a pool volume):</source>
        <translation>{drive} に入れるメディア (ISO イメージ、その他のファイル、またはプールのボリューム):</translation>
    </message>
</context>
<context>
    <name>IommuPage</name>
    <message>
        <source>IOMMU ({model})</source>
        <translation>IOMMU ({model})</translation>
    </message>
</context>
<context>
    <name>IsoUploadRow</name>
    <message>
        <source>Choose an ISO to Upload</source>
        <translation>アップロードする ISO の選択</translation>
    </message>
    <message>
        <source>The pool {pool} already holds {volume}: choose it above.</source>
        <translation>プール {pool} には既に {volume} があります。上で選択してください。</translation>
    </message>
    <message>
        <source>Uploading: {phase}</source>
        <translation>アップロード中: {phase}</translation>
    </message>
    <message>
        <source>Uploaded into {pool} as {volume}.</source>
        <translation>{pool} に {volume} としてアップロードしました。</translation>
    </message>
    <message>
        <source>Upload cancelled; nothing was left in the pool.</source>
        <translation>アップロードをキャンセルしました。プールには何も残っていません。</translation>
    </message>
    <message>
        <source>Not uploaded: {error}</source>
        <translation>アップロードしませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>JobTableModel</name>
    <message>
        <source>Job</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
</context>
<context>
    <name>JobsForm</name>
    <message>
        <source>No jobs yet.</source>
        <translation>ジョブはまだありません。</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Report of the selected job</source>
        <translation>選択したジョブのレポート</translation>
    </message>
    <message>
        <source>Select a job to see its report in full.</source>
        <translation>ジョブを選ぶとレポート全体が表示されます。</translation>
    </message>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>ジョブを取り消す(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the selected job; its report says what was done before it stopped</source>
        <translation>選択したジョブを止めます。止まるまでに行われたことはレポートに記されます</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>閉じる(&amp;L)</translation>
    </message>
</context>
<context>
    <name>JobsIndicator</name>
    <message>
        <source>Running jobs</source>
        <translation>実行中のジョブ</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n 個のジョブを実行中</numerusform>
        </translation>
    </message>
    <message>
        <source>{count}: {title}, {phase}</source>
        <translation>{count}: {title}、{phase}</translation>
    </message>
    <message>
        <source>{count}: {title}</source>
        <translation>{count}: {title}</translation>
    </message>
    <message>
        <source>{jobs}
Click to see every job.</source>
        <translation>{jobs}
クリックするとすべてのジョブを表示します。</translation>
    </message>
    <message>
        <source>Progress of {title}</source>
        <translation>{title} の進捗</translation>
    </message>
</context>
<context>
    <name>JobsWindow</name>
    <message>
        <source>Jobs</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>libvirt cannot stop this job once it has begun.</source>
        <translation>libvirt は一度始めたこのジョブを止められません。</translation>
    </message>
    <message>
        <source>Stop the selected job; its report says what was done before it stopped</source>
        <translation>選択したジョブを止めます。止まるまでに行われたことはレポートに記されます</translation>
    </message>
    <message>
        <source>{title} on {host}: {state}</source>
        <translation>{host} の {title}: {state}</translation>
    </message>
    <message>
        <source>No jobs yet.</source>
        <translation>ジョブはまだありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n 個のジョブを実行中</numerusform>
        </translation>
    </message>
    <message>
        <source>No job running.</source>
        <translation>実行中のジョブはありません。</translation>
    </message>
</context>
<context>
    <name>KindPage</name>
    <message>
        <source>Name and mode</source>
        <translation>名前とモード</translation>
    </message>
    <message>
        <source>What the network is called and how its guests reach the outside.</source>
        <translation>ネットワークの名前と、ゲストが外部に接続する方法。</translation>
    </message>
    <message>
        <source>&amp;Bridge (optional):</source>
        <translation>ブリッジ (省略可)(&amp;B):</translation>
    </message>
    <message>
        <source>Host &amp;bridge:</source>
        <translation>ホストのブリッジ(&amp;B):</translation>
    </message>
    <message>
        <source>chosen by libvirt (virbr0, virbr1, …)</source>
        <translation>libvirt が選択 (virbr0、virbr1 など)</translation>
    </message>
    <message>
        <source>Forward &amp;through (optional):</source>
        <translation>転送先 (省略可)(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;PF device:</source>
        <translation>PF デバイス(&amp;P):</translation>
    </message>
    <message>
        <source>Host &amp;device:</source>
        <translation>ホストデバイス(&amp;D):</translation>
    </message>
    <message>
        <source>any host device</source>
        <translation>任意のホストデバイス</translation>
    </message>
    <message>
        <source>Guests share the host&apos;s connection: libvirt makes a bridge with its own subnet, DHCP and DNS, and translates their addresses to the host&apos;s.</source>
        <translation>ゲストはホストの接続を共有します。libvirt は独自のサブネット、DHCP、DNS を持つブリッジを作成し、ゲストのアドレスをホストのアドレスに変換します。</translation>
    </message>
    <message>
        <source>Guests get a subnet of their own that the host routes, without address translation: the rest of your network needs a route to it.</source>
        <translation>ゲストはホストがルーティングする独自のサブネットを持ち、アドレス変換は行われません。ネットワークの他の部分には、このサブネットへのルートが必要です。</translation>
    </message>
    <message>
        <source>Guests reach each other and the host only.</source>
        <translation>ゲストは互いとホストにのみ接続できます。</translation>
    </message>
    <message>
        <source>Like routed, but libvirt adds no firewall rules: the host&apos;s own firewall decides.</source>
        <translation>ルーティングと同様ですが、libvirt はファイアウォールルールを追加しません。ホスト自身のファイアウォールで制御します。</translation>
    </message>
    <message>
        <source>Guests join an existing bridge of the host, as if plugged into its LAN; their addresses come from that LAN.</source>
        <translation>ゲストはホストの既存のブリッジに参加し、その LAN に直接つながっているかのように動作します。アドレスはその LAN から割り当てられます。</translation>
    </message>
    <message>
        <source>Guests join an Open vSwitch bridge of the host, optionally on VLANs or in port groups.</source>
        <translation>ゲストはホストの Open vSwitch ブリッジに参加します。VLAN やポートグループも使用できます。</translation>
    </message>
    <message>
        <source>Guests attach directly to a host device (macvtap) and reach each other; the host itself cannot reach them through it.</source>
        <translation>ゲストはホストデバイスに直接接続し (macvtap)、互いに通信できます。ホスト自身はこのデバイス経由でゲストに接続できません。</translation>
    </message>
    <message>
        <source>Guests attach directly to a host device (macvtap); all their traffic goes through the external switch, which must reflect it (VEPA).</source>
        <translation>ゲストはホストデバイスに直接接続します (macvtap)。すべての通信は外部スイッチを経由するため、スイッチが折り返す必要があります (VEPA)。</translation>
    </message>
    <message>
        <source>Guests attach directly to a host device (macvtap) and cannot reach each other.</source>
        <translation>ゲストはホストデバイスに直接接続し (macvtap)、互いに通信できません。</translation>
    </message>
    <message>
        <source>Each guest takes a host device of its own (macvtap passthrough).</source>
        <translation>各ゲストがホストデバイスを 1 つずつ専有します (macvtap パススルー)。</translation>
    </message>
    <message>
        <source>Each guest gets a virtual function (VF) of the SR-IOV physical function named here, assigned to it directly.</source>
        <translation>各ゲストに、ここで指定した SR-IOV 物理機能の仮想機能 (VF) が直接割り当てられます。</translation>
    </message>
</context>
<context>
    <name>LeasePage</name>
    <message>
        <source>Lease {key}</source>
        <translation>リース {key}</translation>
    </message>
</context>
<context>
    <name>LeaseTableModel</name>
    <message>
        <source>MAC address</source>
        <translation>MAC アドレス</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>無期限</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>Do not ask again</source>
        <translation>今後は確認しない</translation>
    </message>
    <message>
        <source>{action} failed for {count} of the selected VMs.</source>
        <translation>選択した VM のうち {count} 台で「{action}」に失敗しました。</translation>
    </message>
</context>
<context>
    <name>LifecycleAction</name>
    <message>
        <source>{action} {name}</source>
        <translation>{name} を{action}</translation>
    </message>
    <message>
        <source>The VM has no guest agent channel (org.qemu.guest_agent.0).</source>
        <translation>VM にゲストエージェントのチャネル (org.qemu.guest_agent.0) がありません。</translation>
    </message>
    <message>
        <source>The VM is not running.</source>
        <translation>VM は実行されていません。</translation>
    </message>
    <message>
        <source>The VM&apos;s power management settings (&lt;pm&gt;) turn this off.</source>
        <translation>VM の電源管理設定 (&lt;pm&gt;) でこの操作は無効になっています。</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Shut Down</source>
        <translation>シャットダウン</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>再起動</translation>
    </message>
    <message>
        <source>Shut Down (ACPI Power Button)</source>
        <translation>シャットダウン (ACPI 電源ボタン)</translation>
    </message>
    <message>
        <source>Shut Down (Guest Agent)</source>
        <translation>シャットダウン (ゲストエージェント)</translation>
    </message>
    <message>
        <source>Reboot (ACPI Power Button)</source>
        <translation>再起動 (ACPI 電源ボタン)</translation>
    </message>
    <message>
        <source>Reboot (Guest Agent)</source>
        <translation>再起動 (ゲストエージェント)</translation>
    </message>
    <message>
        <source>Suspend to RAM</source>
        <translation>RAM にサスペンド</translation>
    </message>
    <message>
        <source>Suspend to Disk</source>
        <translation>ディスクにサスペンド</translation>
    </message>
    <message>
        <source>Wake Up</source>
        <translation>ウェイクアップ</translation>
    </message>
    <message>
        <source>Send NMI</source>
        <translation>NMI を送信</translation>
    </message>
    <message>
        <source>A non-maskable interrupt makes the guest system of {names} react as it is set up to: many kernels stop with a crash dump or a panic, and unsaved data is then lost.</source>
        <translation>マスク不可割り込みを送ると、{names} のゲストシステムは設定どおりに反応します: 多くのカーネルはクラッシュダンプやパニックで停止し、保存していないデータは失われます。</translation>
    </message>
    <message>
        <source>Force Reset</source>
        <translation>強制リセット</translation>
    </message>
    <message>
        <source>Force reset restarts {names} at once, like pressing the reset button. Unsaved data in the guest is lost.</source>
        <translation>強制リセットは、リセットボタンを押したときのように {names} を即座に再起動します。ゲスト内の保存されていないデータは失われます。</translation>
    </message>
    <message>
        <source>Force Off</source>
        <translation>強制オフ</translation>
    </message>
    <message>
        <source>Force off stops {names} at once, like pulling the power cord. Unsaved data in the guest is lost and its disks may be left inconsistent.</source>
        <translation>強制オフは、電源コードを抜いたときのように {names} を即座に停止します。ゲスト内の保存されていないデータは失われ、ディスクが不整合な状態になる可能性があります。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Discard Saved State</source>
        <translation>保存した状態を破棄</translation>
    </message>
    <message>
        <source>Discarding the saved state of {names} deletes the memory image Save wrote: the programs that were running in the guest and their unsaved data are lost, and the next start boots the guest afresh. Its disks are kept.</source>
        <translation>{names} の保存した状態を破棄すると、保存で書き出したメモリーイメージが削除されます: ゲストで実行していたプログラムと保存していないデータは失われ、次の起動ではゲストが最初から起動します。ディスクは残ります。</translation>
    </message>
</context>
<context>
    <name>LogWindow</name>
    <message>
        <source>Event Log</source>
        <translation>イベントログ</translation>
    </message>
    <message>
        <source>&amp;Errors only</source>
        <translation>エラーのみ(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected entries as text</source>
        <translation>選択したエントリーをテキストとしてコピー</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>クリア(&amp;L)</translation>
    </message>
    <message>
        <source>Remove all entries from the log</source>
        <translation>ログからすべてのエントリーを削除</translation>
    </message>
    <message>
        <source>Open Log &amp;Folder</source>
        <translation>ログのフォルダーを開く(&amp;F)</translation>
    </message>
    <message>
        <source>Show the folder of the log file {path}, which keeps the log after virtdesk exits</source>
        <translation>ログファイル {path} のフォルダーを表示します。このファイルは virtdesk の終了後もログを保持します</translation>
    </message>
    <message>
        <source>Select an entry to see it in full.</source>
        <translation>エントリーを選択すると全文を表示します。</translation>
    </message>
</context>
<context>
    <name>ManagerWindow</name>
    <message>
        <source>Virtual Machine Manager</source>
        <translation>仮想マシンマネージャー</translation>
    </message>
    <message>
        <source>Filter by name, title, state or description</source>
        <translation>名前、タイトル、状態、説明で絞り込み</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Show the details and settings of the selected VMs</source>
        <translation>選択した仮想マシンの詳細と設定を表示します</translation>
    </message>
    <message>
        <source>New VM…</source>
        <translation>新しい VM…</translation>
    </message>
    <message>
        <source>Create a virtual machine on the selected connection</source>
        <translation>選択した接続に仮想マシンを作成します</translation>
    </message>
    <message>
        <source>New VM Like This…</source>
        <translation>この VM をもとに新しい VM…</translation>
    </message>
    <message>
        <source>Clone…</source>
        <translation>クローン…</translation>
    </message>
    <message>
        <source>Make a copy of the selected VM with its disks as you choose</source>
        <translation>選択した VM のコピーを作成します。ディスクの扱いは選択できます</translation>
    </message>
    <message>
        <source>Migrate…</source>
        <translation>移行…</translation>
    </message>
    <message>
        <source>Move the selected VM to another open connection</source>
        <translation>選択した VM を別の開いている接続に移動します</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Delete the selected VM, and the storage you choose</source>
        <translation>選択した VM と、選択したストレージを削除します</translation>
    </message>
    <message>
        <source>Add Connection…</source>
        <translation>接続を追加…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Remove Old Host Key…</source>
        <translation>古いホスト鍵を削除…</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>接続を削除</translation>
    </message>
    <message>
        <source>Host Details</source>
        <translation>ホストの詳細</translation>
    </message>
    <message>
        <source>Show the selected connection&apos;s host: its facts and storage</source>
        <translation>選択した接続のホストの情報とストレージを表示します</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Show every long operation of this run, its progress and its report</source>
        <translation>今回の実行中の長い操作すべてと、その進捗とレポートを表示します</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>About virtdesk</source>
        <translation>virtdesk について</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>目次(&amp;C)</translation>
    </message>
    <message>
        <source>Open the user guide</source>
        <translation>ユーザーガイドを開きます</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Virtual Machine</source>
        <translation>仮想マシン(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Remove the connection to {label} ({uri}) from the list? Nothing on the host is changed.</source>
        <translation>{label} ({uri}) への接続を一覧から削除しますか? ホスト上のものは何も変更されません。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>{total} VMs, {running} running</source>
        <translation>VM {total} 台、実行中 {running} 台</translation>
    </message>
</context>
<context>
    <name>MemballoonPage</name>
    <message>
        <source>Memory balloon ({model})</source>
        <translation>メモリーバルーン ({model})</translation>
    </message>
    <message>
        <source>Set the memory statistics period to {n} s</source>
        <translation>メモリー統計の間隔を {n} 秒に設定</translation>
    </message>
</context>
<context>
    <name>MemoryDevicePage</name>
    <message>
        <source>Memory {model} {size}</source>
        <translation>メモリー {model} {size}</translation>
    </message>
</context>
<context>
    <name>MemoryPage</name>
    <message>
        <source>Current allocation:</source>
        <translation>現在の割り当て:</translation>
    </message>
    <message>
        <source>Maximum allocation:</source>
        <translation>最大割り当て:</translation>
    </message>
    <message>
        <source>Running VM:</source>
        <translation>実行中の VM:</translation>
    </message>
    <message>
        <source>Back the guest&apos;s memory with huge pages</source>
        <translation>ゲストのメモリーに Huge Page を使用</translation>
    </message>
    <message>
        <source>Huge pages:</source>
        <translation>Huge Page:</translation>
    </message>
    <message>
        <source>Host default</source>
        <translation>ホストのデフォルト</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>ページサイズ:</translation>
    </message>
    <message>
        <source>Enable shared memory</source>
        <translation>共有メモリーを有効化</translation>
    </message>
    <message>
        <source>Shared memory:</source>
        <translation>共有メモリー:</translation>
    </message>
    <message>
        <source>Shares the guest&apos;s memory with host processes (memfd). Needed for virtiofs filesystem shares.</source>
        <translation>ゲストのメモリーをホストのプロセスと共有します (memfd)。virtiofs によるファイルシステム共有に必要です。</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリー</translation>
    </message>
    <message>
        <source>{current} of {maximum}</source>
        <translation>{current} / {maximum}</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>The memory sizes must be more than zero.</source>
        <translation>メモリーサイズは 0 より大きくなければなりません。</translation>
    </message>
    <message>
        <source>The current allocation ({current}) cannot be more than the maximum ({maximum}).</source>
        <translation>現在の割り当て ({current}) を最大 ({maximum}) より大きくすることはできません。</translation>
    </message>
    <message>
        <source>Change the current memory to {size}</source>
        <translation>現在のメモリーを {size} に変更</translation>
    </message>
</context>
<context>
    <name>MethodPage</name>
    <message>
        <source>KVM (hardware virtualization)</source>
        <translation>KVM (ハードウェア仮想化)</translation>
    </message>
    <message>
        <source>QEMU (software emulation, TCG)</source>
        <translation>QEMU (ソフトウェアエミュレーション、TCG)</translation>
    </message>
    <message>
        <source>Xen (fully virtualized)</source>
        <translation>Xen (完全仮想化)</translation>
    </message>
    <message>
        <source>Xen (paravirtualized)</source>
        <translation>Xen (準仮想化)</translation>
    </message>
    <message>
        <source>Test driver</source>
        <translation>テストドライバー</translation>
    </message>
    <message>
        <source>LXC (containers)</source>
        <translation>LXC (コンテナー)</translation>
    </message>
    <message>
        <source>Create a New Virtual Machine</source>
        <translation>新しい仮想マシンの作成</translation>
    </message>
    <message>
        <source>Where the VM runs and how its operating system is installed.</source>
        <translation>VM を実行する場所と、オペレーティングシステムのインストール方法。</translation>
    </message>
    <message>
        <source>No connection is open: connect to a host first.</source>
        <translation>開いている接続がありません。先にホストに接続してください。</translation>
    </message>
    <message>
        <source>{host} is not connected.</source>
        <translation>{host} に接続していません。</translation>
    </message>
    <message>
        <source>{host} offers no way to run virtual machines.</source>
        <translation>{host} には仮想マシンを実行する手段がありません。</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
</context>
<context>
    <name>MigrateVmDialog</name>
    <message>
        <source>Migrate {vm}</source>
        <translation>{vm} の移行</translation>
    </message>
    <message>
        <source>&amp;Migrate</source>
        <translation>移行(&amp;M)</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>On the destination</source>
        <translation>移行先</translation>
    </message>
    <message>
        <source>Move {vm} ({state}) from {host} to another open connection.</source>
        <translation>{vm} ({state}) を {host} から別の開いている接続に移動します。</translation>
    </message>
    <message>
        <source>(no local storage)</source>
        <translation>(ローカルストレージなし)</translation>
    </message>
    <message>
        <source>{host} — {why}</source>
        <translation>{host} — {why}</translation>
    </message>
    <message>
        <source>Checking {host}…</source>
        <translation>{host} を確認しています…</translation>
    </message>
    <message>
        <source>Could not check {host}: {error}</source>
        <translation>{host} を確認できませんでした: {error}</translation>
    </message>
    <message>
        <source>{option}: not available: {why}</source>
        <translation>{option}: 使用できません: {why}</translation>
    </message>
    <message>
        <source>No other connection is open: connect to the destination host first.</source>
        <translation>ほかに開いている接続がありません: 先に移行先のホストに接続してください。</translation>
    </message>
    <message>
        <source>copied to {path}</source>
        <translation>{path} にコピー</translation>
    </message>
    <message>
        <source>The same paths</source>
        <translation>同じパス</translation>
    </message>
    <message>
        <source>{pool} ({path})</source>
        <translation>{pool} ({path})</translation>
    </message>
    <message>
        <source>for copied storage only</source>
        <translation>ストレージをコピーする場合のみ</translation>
    </message>
    <message>
        <source>cannot be copied: {why}</source>
        <translation>コピーできません: {why}</translation>
    </message>
    <message>
        <source>there</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Not migrated: {error}</source>
        <translation>移行されませんでした: {error}</translation>
    </message>
    <message>
        <source>Not migrated: the migration was cancelled.</source>
        <translation>移行されませんでした: 移行は取り消されました。</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>再試行(&amp;T)</translation>
    </message>
</context>
<context>
    <name>MigrateVmForm</name>
    <message>
        <source>&amp;Destination:</source>
        <translation>移行先(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Transfer:</source>
        <translation>転送方法(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Storage:</source>
        <translation>ストレージ(&amp;S):</translation>
    </message>
    <message>
        <source>Cop&amp;y the disks to:</source>
        <translation>ディスクのコピー先(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Bandwidth limit:</source>
        <translation>帯域幅の上限(&amp;B):</translation>
    </message>
    <message>
        <source> MiB/s</source>
        <translation> MiB/s</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <source>Maximum do&amp;wntime:</source>
        <translation>最大停止時間(&amp;W):</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ミリ秒</translation>
    </message>
    <message>
        <source>The hypervisor&apos;s default</source>
        <translation>ハイパーバイザーの既定値</translation>
    </message>
    <message>
        <source>Migration &amp;address:</source>
        <translation>移行アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>tcp://HOST or tcp://HOST:PORT; empty: the destination chooses</source>
        <translation>tcp://HOST または tcp://HOST:PORT。空欄なら移行先が選びます</translation>
    </message>
    <message>
        <source>&amp;Live: the VM keeps running while its memory is copied</source>
        <translation>ライブ(&amp;L): メモリーのコピー中も VM は実行を続けます</translation>
    </message>
    <message>
        <source>Define the VM on the destination (&amp;persistent)</source>
        <translation>移行先で VM を定義する (永続的)(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Remove its definition from the source</source>
        <translation>移行元から定義を削除する(&amp;R)</translation>
    </message>
    <message>
        <source>Auto-&amp;converge: slow the VM down while its memory changes faster than it is copied</source>
        <translation>自動収束(&amp;C): メモリーの変更がコピーより速い間、VM を減速させます</translation>
    </message>
    <message>
        <source>P&amp;ost-copy: run it on the destination before all of its memory is there</source>
        <translation>ポストコピー(&amp;O): すべてのメモリーが届く前に移行先で実行します</translation>
    </message>
    <message>
        <source>Co&amp;mpress memory pages sent again (XBZRLE)</source>
        <translation>再送するメモリーページを圧縮する (XBZRLE)(&amp;M)</translation>
    </message>
</context>
<context>
    <name>MonitorConsole</name>
    <message>
        <source>Commands sent here go straight to QEMU and bypass libvirt: libvirt does not learn of the changes they make (media, snapshots, devices, run state), and its view of the VM may then be wrong.</source>
        <translation>ここで送信したコマンドは libvirt を経由せず直接 QEMU に送られます。libvirt はこれによる変更 (メディア、スナップショット、デバイス、実行状態) を把握しないため、libvirt が認識している VM の状態が正しくなくなる可能性があります。</translation>
    </message>
    <message>
        <source>QEMU&apos;s answers appear here. Type help for the list of commands.</source>
        <translation>QEMU の応答はここに表示されます。コマンドの一覧を表示するには help と入力してください。</translation>
    </message>
    <message>
        <source>Monitor command, e.g. info status</source>
        <translation>モニターコマンド (例: info status)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>エラー: {message}</translation>
    </message>
</context>
<context>
    <name>NetworkForm</name>
    <message>
        <source>Connect to:</source>
        <translation>接続先:</translation>
    </message>
    <message>
        <source>Virtual network</source>
        <translation>仮想ネットワーク</translation>
    </message>
    <message>
        <source>Host bridge</source>
        <translation>ホストのブリッジ</translation>
    </message>
    <message>
        <source>Host device (macvtap)</source>
        <translation>ホストデバイス (macvtap)</translation>
    </message>
    <message>
        <source>User-mode networking (no setup)</source>
        <translation>ユーザーモードネットワーク (設定不要)</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>ソース:</translation>
    </message>
    <message>
        <source>macvtap mode:</source>
        <translation>macvtap モード:</translation>
    </message>
    <message>
        <source>Device model:</source>
        <translation>デバイスモデル:</translation>
    </message>
    <message>
        <source>MAC address:</source>
        <translation>MAC アドレス:</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Choose what the NIC connects to.</source>
        <translation>NIC の接続先を選択してください。</translation>
    </message>
</context>
<context>
    <name>NetworkKind</name>
    <message>
        <source>NAT</source>
        <translation>NAT</translation>
    </message>
    <message>
        <source>Routed</source>
        <translation>ルーティング</translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation>分離</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>オープン</translation>
    </message>
    <message>
        <source>Host bridge</source>
        <translation>ホストのブリッジ</translation>
    </message>
    <message>
        <source>Open vSwitch bridge</source>
        <translation>Open vSwitch ブリッジ</translation>
    </message>
    <message>
        <source>Macvtap (bridge)</source>
        <translation>Macvtap (ブリッジ)</translation>
    </message>
    <message>
        <source>Macvtap (VEPA)</source>
        <translation>Macvtap (VEPA)</translation>
    </message>
    <message>
        <source>Macvtap (private)</source>
        <translation>Macvtap (プライベート)</translation>
    </message>
    <message>
        <source>Macvtap (passthrough)</source>
        <translation>Macvtap (パススルー)</translation>
    </message>
    <message>
        <source>SR-IOV VF pool</source>
        <translation>SR-IOV VF プール</translation>
    </message>
</context>
<context>
    <name>NetworkListModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>自動起動</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>Bridge or device</source>
        <translation>ブリッジまたはデバイス</translation>
    </message>
    <message>
        <source>IPv4 subnet</source>
        <translation>IPv4 サブネット</translation>
    </message>
    <message>
        <source>IPv4 DHCP</source>
        <translation>IPv4 DHCP</translation>
    </message>
    <message>
        <source>IPv6 subnet</source>
        <translation>IPv6 サブネット</translation>
    </message>
    <message>
        <source>IPv6 DHCP</source>
        <translation>IPv6 DHCP</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用している VM</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>非アクティブ</translation>
    </message>
    <message>
        <source>Transient</source>
        <translation>一時的</translation>
    </message>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
</context>
<context>
    <name>NetworksPage</name>
    <message>
        <source>Started {name}.</source>
        <translation>{name} を起動しました。</translation>
    </message>
    <message>
        <source>Could not start {name}: {error}</source>
        <translation>{name} を起動できませんでした: {error}</translation>
    </message>
    <message>
        <source>Stopped {name}.</source>
        <translation>{name} を停止しました。</translation>
    </message>
    <message>
        <source>Could not stop {name}: {error}</source>
        <translation>{name} を停止できませんでした: {error}</translation>
    </message>
    <message>
        <source>No network is selected.</source>
        <translation>ネットワークが選択されていません。</translation>
    </message>
    <message>
        <source>This host has no virtual networks.</source>
        <translation>このホストには仮想ネットワークがありません。</translation>
    </message>
    <message>
        <source>Delete the network {name}? It is stopped first, and its definition is removed.</source>
        <translation>ネットワーク {name} を削除しますか? ネットワークを停止してから、定義を削除します。</translation>
    </message>
    <message>
        <source>These VMs use it and lose their network connection: {vms}. Their configurations still name {name}.</source>
        <translation>次の VM がこのネットワークを使用しており、ネットワーク接続を失います: {vms}。これらの VM の設定には {name} が残ります。</translation>
    </message>
    <message>
        <source>No VM uses it.</source>
        <translation>どの VM も使用していません。</translation>
    </message>
    <message>
        <source>Delete Network</source>
        <translation>ネットワークの削除</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Deleted {name}.</source>
        <translation>{name} を削除しました。</translation>
    </message>
    <message>
        <source>Could not delete {name}: {error}</source>
        <translation>{name} を削除できませんでした: {error}</translation>
    </message>
    <message>
        <source>Created {name}.</source>
        <translation>{name} を作成しました。</translation>
    </message>
    <message>
        <source>The network is not active: start it to see its DHCP leases.</source>
        <translation>ネットワークがアクティブではありません。DHCP リースを表示するには、ネットワークを起動してください。</translation>
    </message>
    <message>
        <source>libvirt runs no DHCP server on this network: its guests get their addresses from the network they are bridged to.</source>
        <translation>libvirt はこのネットワークで DHCP サーバーを実行していません。ゲストのアドレスはブリッジ先のネットワークから割り当てられます。</translation>
    </message>
    <message>
        <source>Reading the DHCP leases…</source>
        <translation>DHCP リースを読み込み中…</translation>
    </message>
    <message>
        <source>DHCP leases: not reported by this host</source>
        <translation>DHCP リース: このホストからは報告されていません</translation>
    </message>
    <message numerus="yes">
        <source>%n lease(s)</source>
        <translation>
            <numerusform>%n 件のリース</numerusform>
        </translation>
    </message>
    <message>
        <source>No DHCP leases.</source>
        <translation>DHCP リースはありません。</translation>
    </message>
    <message>
        <source>Could not read the DHCP leases: {error}</source>
        <translation>DHCP リースを読み込めませんでした: {error}</translation>
    </message>
    <message>
        <source>This network is transient: it has no saved definition to change.</source>
        <translation>このネットワークは一時的なため、変更できる保存済みの定義がありません。</translation>
    </message>
    <message>
        <source>The saved definition; the running network takes a change once it is started again.</source>
        <translation>保存されている定義です。実行中のネットワークには、再起動後に変更が反映されます。</translation>
    </message>
    <message>
        <source>The saved definition.</source>
        <translation>保存されている定義です。</translation>
    </message>
    <message>
        <source>Could not read the definition: {error}</source>
        <translation>定義を読み込めませんでした: {error}</translation>
    </message>
    <message>
        <source>The XML must be a &lt;network&gt; document.</source>
        <translation>XML は &lt;network&gt; 文書でなければなりません。</translation>
    </message>
    <message>
        <source>The network&apos;s name cannot be changed here: keep &lt;name&gt;{name}&lt;/name&gt;.</source>
        <translation>ネットワークの名前はここでは変更できません。&lt;name&gt;{name}&lt;/name&gt; のままにしてください。</translation>
    </message>
    <message>
        <source>The network&apos;s UUID cannot be changed here: keep &lt;uuid&gt;{uuid}&lt;/uuid&gt;.</source>
        <translation>ネットワークの UUID はここでは変更できません。&lt;uuid&gt;{uuid}&lt;/uuid&gt; のままにしてください。</translation>
    </message>
    <message>
        <source>Saved the definition of {name}.</source>
        <translation>{name} の定義を保存しました。</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>保存しませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>NewVmFinishForm</name>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>ネットワーク:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>ソース:</translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation>ファームウェア:</translation>
    </message>
    <message>
        <source>Add an emulated TPM 2.0</source>
        <translation>エミュレートされた TPM 2.0 を追加</translation>
    </message>
    <message>
        <source>Customize configuration before install</source>
        <translation>インストール前に設定をカスタマイズする</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>Edit the XML that Finish defines</source>
        <translation>「完了」で定義する XML を編集します</translation>
    </message>
</context>
<context>
    <name>NewVmMethodForm</name>
    <message>
        <source>Connection:</source>
        <translation>接続:</translation>
    </message>
    <message>
        <source>Virtualization:</source>
        <translation>仮想化:</translation>
    </message>
    <message>
        <source>Architecture:</source>
        <translation>アーキテクチャー:</translation>
    </message>
    <message>
        <source>Machine type:</source>
        <translation>マシンタイプ:</translation>
    </message>
    <message>
        <source>How would you like to install the operating system?</source>
        <translation>オペレーティングシステムをどのようにインストールしますか?</translation>
    </message>
    <message>
        <source>Local install media (ISO image or CD-ROM)</source>
        <translation>ローカルのインストールメディア (ISO イメージまたは CD-ROM)</translation>
    </message>
    <message>
        <source>Network install (HTTP, HTTPS or FTP install tree)</source>
        <translation>ネットワークインストール (HTTP、HTTPS、FTP のインストールツリー)</translation>
    </message>
    <message>
        <source>Network boot (PXE)</source>
        <translation>ネットワークブート (PXE)</translation>
    </message>
    <message>
        <source>Import an existing disk image</source>
        <translation>既存のディスクイメージをインポート</translation>
    </message>
    <message>
        <source>Manual install (no install media)</source>
        <translation>手動インストール (インストールメディアなし)</translation>
    </message>
    <message>
        <source>Cloud image with cloud-init (user, password or SSH key)</source>
        <translation>cloud-init 対応のクラウドイメージ (ユーザー、パスワード、SSH 鍵)</translation>
    </message>
    <message>
        <source>Container (LXC): an application, or an operating system tree</source>
        <translation>コンテナー (LXC): アプリケーション、またはオペレーティングシステムのツリー</translation>
    </message>
</context>
<context>
    <name>NewVmResourcesForm</name>
    <message>
        <source>Memory (MiB):</source>
        <translation>メモリー (MiB):</translation>
    </message>
    <message>
        <source>Virtual CPUs:</source>
        <translation>仮想 CPU 数:</translation>
    </message>
</context>
<context>
    <name>NewVmSourceForm</name>
    <message>
        <source>ISO image or the host&apos;s CD-ROM device (e.g. /dev/sr0):</source>
        <translation>ISO イメージまたはホストの CD-ROM デバイス (例: /dev/sr0):</translation>
    </message>
    <message>
        <source>Or upload an ISO from this computer into the pool</source>
        <translation>または、このコンピューターから ISO をプールにアップロード</translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation>アップロード…</translation>
    </message>
    <message>
        <source>Cancel Upload</source>
        <translation>アップロードをキャンセル</translation>
    </message>
    <message>
        <source>Install tree URL:</source>
        <translation>インストールツリーの URL:</translation>
    </message>
    <message>
        <source>https://download.example.org/os/x86_64/</source>
        <translation>https://download.example.org/os/x86_64/</translation>
    </message>
    <message>
        <source>Kernel:</source>
        <translation>カーネル:</translation>
    </message>
    <message>
        <source>images/pxeboot/vmlinuz</source>
        <translation>images/pxeboot/vmlinuz</translation>
    </message>
    <message>
        <source>Initrd:</source>
        <translation>initrd:</translation>
    </message>
    <message>
        <source>images/pxeboot/initrd.img</source>
        <translation>images/pxeboot/initrd.img</translation>
    </message>
    <message>
        <source>The installer&apos;s kernel and initrd are fetched from the tree into the pool you choose for the disk; their paths are relative to the tree URL.</source>
        <translation>インストーラーのカーネルと initrd は、ツリーからディスク用に選択したプールに取得されます。パスはツリーの URL からの相対パスです。</translation>
    </message>
    <message>
        <source>Kickstart or preseed URL:</source>
        <translation>Kickstart または preseed の URL:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>省略可</translation>
    </message>
    <message>
        <source>Extra kernel arguments:</source>
        <translation>追加のカーネル引数:</translation>
    </message>
    <message>
        <source>optional, e.g. console=ttyS0</source>
        <translation>省略可 (例: console=ttyS0)</translation>
    </message>
    <message>
        <source>Boot from the network:</source>
        <translation>ブート元のネットワーク:</translation>
    </message>
    <message>
        <source>The disk image to boot from (a pool volume or a path on the host):</source>
        <translation>起動するディスクイメージ (プールのボリュームまたはホスト上のパス):</translation>
    </message>
    <message>
        <source>The VM gets an empty disk and no install media; add media later in its details.</source>
        <translation>VM には空のディスクが割り当てられ、インストールメディアはありません。メディアは後で VM の詳細から追加してください。</translation>
    </message>
    <message>
        <source>The cloud image (a pool volume or a path on the host):</source>
        <translation>クラウドイメージ (プールのボリュームまたはホスト上のパス):</translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation>ホスト名:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>ユーザー:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>SSH public keys:</source>
        <translation>SSH 公開鍵:</translation>
    </message>
    <message>
        <source>ssh-ed25519 AAAA… one key per line</source>
        <translation>ssh-ed25519 AAAA… (1 行に 1 つの鍵)</translation>
    </message>
    <message>
        <source>The VM&apos;s disk is a new image over the cloud image; a cloud-init seed ISO with these answers is written next to it.</source>
        <translation>VM のディスクは、クラウドイメージの上に作成する新しいイメージです。これらの設定を含む cloud-init のシード ISO がその隣に書き込まれます。</translation>
    </message>
    <message>
        <source>Application: run a program in a container</source>
        <translation>アプリケーション: コンテナー内でプログラムを実行</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>プログラム:</translation>
    </message>
    <message>
        <source>/bin/sh</source>
        <translation>/bin/sh</translation>
    </message>
    <message>
        <source>Operating system: boot the OS installed in a folder of the host</source>
        <translation>オペレーティングシステム: ホストのフォルダーにインストールされた OS を起動</translation>
    </message>
    <message>
        <source>/var/lib/libvirt/filesystems/mycontainer</source>
        <translation>/var/lib/libvirt/filesystems/mycontainer</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>オペレーティングシステム</translation>
    </message>
    <message>
        <source>Detect the operating system from the install media</source>
        <translation>インストールメディアからオペレーティングシステムを検出する</translation>
    </message>
    <message>
        <source>Type to search: debian, windows 11, fedora, generic…</source>
        <translation>入力して検索: debian、windows 11、fedora、generic…</translation>
    </message>
    <message>
        <source>Include releases past their end of life</source>
        <translation>サポートが終了したリリースも含める</translation>
    </message>
</context>
<context>
    <name>NewVmStorageForm</name>
    <message>
        <source>Enable storage for this VM</source>
        <translation>この VM のストレージを有効にする</translation>
    </message>
    <message>
        <source>Create a disk image in a storage pool</source>
        <translation>ストレージプールにディスクイメージを作成</translation>
    </message>
    <message>
        <source>Pool:</source>
        <translation>プール:</translation>
    </message>
    <message>
        <source>Size (GiB):</source>
        <translation>サイズ (GiB):</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>フォーマット:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Use an existing volume or path</source>
        <translation>既存のボリュームまたはパスを使用</translation>
    </message>
</context>
<context>
    <name>NewVmWizard</name>
    <message>
        <source>New Virtual Machine</source>
        <translation>新しい仮想マシン</translation>
    </message>
</context>
<context>
    <name>NicPage</name>
    <message>
        <source>Virtual network</source>
        <translation>仮想ネットワーク</translation>
    </message>
    <message>
        <source>Bridge device</source>
        <translation>ブリッジデバイス</translation>
    </message>
    <message>
        <source>Open vSwitch bridge</source>
        <translation>Open vSwitch ブリッジ</translation>
    </message>
    <message>
        <source>Host device (macvtap)</source>
        <translation>ホストデバイス (macvtap)</translation>
    </message>
    <message>
        <source>Usermode networking</source>
        <translation>ユーザーモードネットワーク</translation>
    </message>
    <message>
        <source>Network source:</source>
        <translation>ネットワークソース:</translation>
    </message>
    <message>
        <source>Name of the host bridge, e.g. br0</source>
        <translation>ホストのブリッジ名 (例: br0)</translation>
    </message>
    <message>
        <source>Host interface, e.g. eth0</source>
        <translation>ホストのインターフェース (例: eth0)</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>モード:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>ソース:</translation>
    </message>
    <message>
        <source>Hypervisor default</source>
        <translation>ハイパーバイザーのデフォルト</translation>
    </message>
    <message>
        <source>Device model:</source>
        <translation>デバイスモデル:</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>MAC address:</source>
        <translation>MAC アドレス:</translation>
    </message>
    <message>
        <source>Link is up (the guest sees a cable plugged in)</source>
        <translation>リンクアップ (ゲストからはケーブルが接続されて見えます)</translation>
    </message>
    <message>
        <source>Link state:</source>
        <translation>リンク状態:</translation>
    </message>
    <message>
        <source>Inbound average:</source>
        <translation>受信の平均:</translation>
    </message>
    <message>
        <source>Outbound average:</source>
        <translation>送信の平均:</translation>
    </message>
    <message>
        <source>IP addresses:</source>
        <translation>IP アドレス:</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>無制限</translation>
    </message>
    <message>
        <source>NIC {mac}</source>
        <translation>NIC {mac}</translation>
    </message>
    <message>
        <source>NIC</source>
        <translation>NIC</translation>
    </message>
    <message>
        <source>No source to choose.</source>
        <translation>選択できるソースがありません。</translation>
    </message>
    <message>
        <source>Edit the source of this kind of NIC in the XML tab.</source>
        <translation>この種類の NIC のソースは XML タブで編集してください。</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Asking the guest…</source>
        <translation>ゲストに問い合わせ中…</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Choose the network source of this NIC.</source>
        <translation>この NIC のネットワークソースを選択してください。</translation>
    </message>
    <message>
        <source>Change the link state and bandwidth of {nic}</source>
        <translation>{nic} のリンク状態と帯域を変更</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Finished on {host}.</source>
        <translation>{host} で完了しました。</translation>
    </message>
    <message>
        <source>Cancelled on {host}.</source>
        <translation>{host} で取り消されました。</translation>
    </message>
    <message>
        <source>Failed on {host}: {error}</source>
        <translation>{host} で失敗しました: {error}</translation>
    </message>
    <message>
        <source>The guest of {vm} on {host} crashed; the VM is paused.</source>
        <translation>{host} の {vm} のゲストがクラッシュしました。VM は一時停止しています。</translation>
    </message>
    <message>
        <source>{vm} on {host} crashed.</source>
        <translation>{host} の {vm} がクラッシュしました。</translation>
    </message>
    <message>
        <source>{vm} on {host} stopped unexpectedly: its emulator crashed or failed.</source>
        <translation>{host} の {vm} が予期せず停止しました: エミュレーターがクラッシュしたか失敗しました。</translation>
    </message>
    <message>
        <source>{vm} crashed</source>
        <translation>{vm} がクラッシュしました</translation>
    </message>
    <message>
        <source>Desktop notification</source>
        <translation>デスクトップ通知</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Desktop notifications cannot be shown: there is no system tray, and the session bus is not reachable.</source>
        <translation>デスクトップ通知を表示できません: システムトレイがなく、セッションバスにも接続できません。</translation>
    </message>
</context>
<context>
    <name>Option</name>
    <message>
        <source>Live</source>
        <translation>ライブ</translation>
    </message>
    <message>
        <source>Peer-to-peer</source>
        <translation>ピアツーピア</translation>
    </message>
    <message>
        <source>Tunnelled</source>
        <translation>トンネル</translation>
    </message>
    <message>
        <source>Copy storage</source>
        <translation>ストレージのコピー</translation>
    </message>
    <message>
        <source>Define on the destination</source>
        <translation>移行先で定義</translation>
    </message>
    <message>
        <source>Remove from the source</source>
        <translation>移行元から削除</translation>
    </message>
    <message>
        <source>Bandwidth limit</source>
        <translation>帯域幅の上限</translation>
    </message>
    <message>
        <source>Maximum downtime</source>
        <translation>最大停止時間</translation>
    </message>
    <message>
        <source>Auto-converge</source>
        <translation>自動収束</translation>
    </message>
    <message>
        <source>Post-copy</source>
        <translation>ポストコピー</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>圧縮</translation>
    </message>
    <message>
        <source>Migration address</source>
        <translation>移行アドレス</translation>
    </message>
</context>
<context>
    <name>OsChooser</name>
    <message>
        <source>Generic or unknown OS</source>
        <translation>汎用または不明な OS</translation>
    </message>
    <message>
        <source>{name} (end of life)</source>
        <translation>{name} (サポート終了)</translation>
    </message>
    <message>
        <source>Reading the install media…</source>
        <translation>インストールメディアを読み込み中…</translation>
    </message>
    <message>
        <source>Detected: {name}</source>
        <translation>検出: {name}</translation>
    </message>
    <message>
        <source>Not recognised: choose the OS below.</source>
        <translation>認識できませんでした。下で OS を選択してください。</translation>
    </message>
    <message>
        <source>Reading the OS catalogue…</source>
        <translation>OS カタログを読み込み中…</translation>
    </message>
    <message>
        <source> — past its end of life</source>
        <translation> — サポート終了</translation>
    </message>
    <message>
        <source>Operating system: {name} ({id}){eol}</source>
        <translation>オペレーティングシステム: {name} ({id}){eol}</translation>
    </message>
    <message>
        <source>Choose the operating system (or “{generic}”).</source>
        <translation>オペレーティングシステム (または “{generic}”) を選択してください。</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Rename…</source>
        <translation>名前の変更…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>タイトル:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>説明:</translation>
    </message>
    <message>
        <source>Start this VM when the host boots</source>
        <translation>ホストの起動時にこの VM を起動</translation>
    </message>
    <message>
        <source>Autostart:</source>
        <translation>自動起動:</translation>
    </message>
    <message>
        <source>UUID:</source>
        <translation>UUID:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Hypervisor:</source>
        <translation>ハイパーバイザー:</translation>
    </message>
    <message>
        <source>Architecture:</source>
        <translation>アーキテクチャー:</translation>
    </message>
    <message>
        <source>Emulator:</source>
        <translation>エミュレーター:</translation>
    </message>
    <message>
        <source>Machine type:</source>
        <translation>マシンタイプ:</translation>
    </message>
    <message>
        <source>Chipset:</source>
        <translation>チップセット:</translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation>ファームウェア:</translation>
    </message>
    <message>
        <source>Guest agent:</source>
        <translation>ゲストエージェント:</translation>
    </message>
    <message>
        <source>Guest hostname:</source>
        <translation>ゲストのホスト名:</translation>
    </message>
    <message>
        <source>Guest OS:</source>
        <translation>ゲスト OS:</translation>
    </message>
    <message>
        <source>Guest time:</source>
        <translation>ゲストの時刻:</translation>
    </message>
    <message>
        <source>IP addresses:</source>
        <translation>IP アドレス:</translation>
    </message>
    <message>
        <source>Security label:</source>
        <translation>セキュリティラベル:</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Shut the VM down to rename it.</source>
        <translation>名前を変更するには VM をシャットダウンしてください。</translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>UEFI with Secure Boot</source>
        <translation>UEFI (セキュアブート)</translation>
    </message>
    <message>
        <source>The description is long ({size}): it is not shown, so that the window opens at once, and is kept as it is unless you edit it.</source>
        <translation>説明が長いため ({size}) 表示していません。ウィンドウをすぐに開くためです。編集しない限り、そのまま保持されます。</translation>
    </message>
    <message>
        <source>Edit the description ({size})</source>
        <translation>説明を編集 ({size})</translation>
    </message>
    <message>
        <source>Saved: starting it restores it where it left off</source>
        <translation>保存済み: 起動すると中断したところから再開します</translation>
    </message>
    <message>
        <source> (reason {reason})</source>
        <translation> (理由 {reason})</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Configured; the VM is not running</source>
        <translation>設定済み (VM は停止中)</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Set the title</source>
        <translation>タイトルを設定</translation>
    </message>
    <message>
        <source>Set the description</source>
        <translation>説明を設定</translation>
    </message>
    <message>
        <source>Set autostart</source>
        <translation>自動起動を設定</translation>
    </message>
    <message>
        <source>The title must be a single line.</source>
        <translation>タイトルは 1 行でなければなりません。</translation>
    </message>
    <message>
        <source>Rename VM</source>
        <translation>VM の名前を変更</translation>
    </message>
    <message>
        <source>New name for {name}:</source>
        <translation>{name} の新しい名前:</translation>
    </message>
    <message>
        <source>Rename {old} to {new}</source>
        <translation>{old} の名前を {new} に変更</translation>
    </message>
    <message>
        <source>Not renamed: {error}</source>
        <translation>名前を変更しませんでした: {error}</translation>
    </message>
    <message>
        <source>CPU usage</source>
        <translation>CPU 使用率</translation>
    </message>
    <message>
        <source>Memory usage</source>
        <translation>メモリー使用量</translation>
    </message>
    <message>
        <source>not reported by this host</source>
        <translation>このホストからは報告されていません</translation>
    </message>
    <message>
        <source>none (test driver, inside virtdesk)</source>
        <translation>なし (テストドライバー、virtdesk 内部)</translation>
    </message>
    <message>
        <source>modular daemons</source>
        <translation>モジュラーデーモン</translation>
    </message>
    <message>
        <source>monolithic daemon</source>
        <translation>モノリシックデーモン</translation>
    </message>
    <message>
        <source>{daemon} ({kind})</source>
        <translation>{daemon} ({kind})</translation>
    </message>
    <message>
        <source>{daemon}; also running: {others}</source>
        <translation>{daemon} (他に実行中: {others})</translation>
    </message>
    <message>
        <source>running here: {daemons}</source>
        <translation>このホストで実行中: {daemons}</translation>
    </message>
    <message>
        <source>TCP (port {port})</source>
        <translation>TCP (ポート {port})</translation>
    </message>
    <message>
        <source>TLS (port {port})</source>
        <translation>TLS (ポート {port})</translation>
    </message>
    <message>
        <source>listens on {ports}</source>
        <translation>{ports} で待ち受け中</translation>
    </message>
    <message>
        <source> and </source>
        <translation>、</translation>
    </message>
    <message>
        <source>local only: not listening on TCP or TLS</source>
        <translation>ローカルのみ: TCP と TLS では待ち受けていません</translation>
    </message>
    <message>
        <source>The host&apos;s details could not be read: {error}</source>
        <translation>ホストの詳細を読み込めませんでした: {error}</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>{name} {version}</source>
        <translation>{name} {version}</translation>
    </message>
    <message>
        <source>{nodes} NUMA nodes × {sockets} sockets × {cores} cores × {threads} threads</source>
        <translation>{nodes} NUMA ノード × {sockets} ソケット × {cores} コア × {threads} スレッド</translation>
    </message>
    <message>
        <source>{mhz} MHz</source>
        <translation>{mhz} MHz</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Merging</source>
        <translation>マージ中</translation>
    </message>
    <message>
        <source>Stopped, merged pages split again</source>
        <translation>停止 (マージ済みのページは再分割)</translation>
    </message>
    <message>
        <source>{shared} pages shared, {sharing} sharing them</source>
        <translation>共有されたページ: {shared}、共有しているページ: {sharing}</translation>
    </message>
    <message>
        <source>{state}: {pages}</source>
        <translation>{state}: {pages}</translation>
    </message>
    <message>
        <source>NUMA cells: {not_reported}</source>
        <translation>NUMA セル: {not_reported}</translation>
    </message>
    <message>
        <source>{size}: {count}</source>
        <translation>{size}: {count}</translation>
    </message>
    <message>
        <source>No VM is running.</source>
        <translation>実行中の VM はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n vCPU(s)</source>
        <translation>
            <numerusform>vCPU %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>{vcpus} on {cpus} host CPUs ({ratio:.2f} per CPU)</source>
        <translation>{vcpus} (ホスト CPU {cpus} 個、CPU あたり {ratio:.2f})</translation>
    </message>
    <message>
        <source>{memory} of {total} ({percent})</source>
        <translation>{memory} / {total} ({percent})</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) running: {vcpus}; memory {memory}.</source>
        <translation>
            <numerusform>%n 台の VM が実行中: {vcpus}、メモリー {memory}。</numerusform>
        </translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリー</translation>
    </message>
</context>
<context>
    <name>PanicForm</name>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>ISA (pvpanic)</source>
        <translation>ISA (pvpanic)</translation>
    </message>
    <message>
        <source>PCI (pvpanic)</source>
        <translation>PCI (pvpanic)</translation>
    </message>
    <message>
        <source>Hyper-V</source>
        <translation>Hyper-V</translation>
    </message>
    <message>
        <source>Panic Notifier</source>
        <translation>パニック通知</translation>
    </message>
</context>
<context>
    <name>PanicPage</name>
    <message>
        <source>Panic notifier ({model})</source>
        <translation>パニック通知 ({model})</translation>
    </message>
</context>
<context>
    <name>ParallelForm</name>
    <message>
        <source>Parallel Port</source>
        <translation>パラレルポート</translation>
    </message>
</context>
<context>
    <name>PasswordInput</name>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>パスワードを表示します</translation>
    </message>
    <message>
        <source>Saved; shown or changed here</source>
        <translation>保存済み。ここで表示・変更できます</translation>
    </message>
</context>
<context>
    <name>PciHostForm</name>
    <message>
        <source>PCI Host Device</source>
        <translation>PCI ホストデバイス</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>ドライバー</translation>
    </message>
    <message>
        <source>IOMMU group {n}</source>
        <translation>IOMMU グループ {n}</translation>
    </message>
    <message>
        <source>No IOMMU group</source>
        <translation>IOMMU グループなし</translation>
    </message>
    <message>
        <source>The host offers no PCI devices.</source>
        <translation>ホストに使える PCI デバイスがありません。</translation>
    </message>
    <message>
        <source>Alone in IOMMU group {n}: it can be passed through by itself.</source>
        <translation>IOMMU グループ {n} に単独で属しているため、単体でパススルーできます。</translation>
    </message>
    <message>
        <source>IOMMU group {n} holds {count} devices; the VM needs all of them (or they must be bound to vfio-pci) for the passthrough to work.</source>
        <translation>IOMMU グループ {n} には {count} 個のデバイスがあります。パススルーするには、VM がそのすべてを使うか、それらを vfio-pci にバインドする必要があります。</translation>
    </message>
    <message>
        <source>This VM already has the PCI device {address}.</source>
        <translation>この VM には既に PCI デバイス {address} があります。</translation>
    </message>
</context>
<context>
    <name>PerformancePage</name>
    <message>
        <source>CPU usage</source>
        <translation>CPU 使用率</translation>
    </message>
    <message>
        <source>Memory usage</source>
        <translation>メモリー使用量</translation>
    </message>
    <message>
        <source>Disk I/O</source>
        <translation>ディスク I/O</translation>
    </message>
    <message>
        <source>Network I/O</source>
        <translation>ネットワーク I/O</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>パフォーマンス</translation>
    </message>
    <message>
        <source>The VM is not running</source>
        <translation>VM は実行されていません</translation>
    </message>
    <message>
        <source>Not sampled: turned off in Preferences</source>
        <translation>取得していません: 設定でオフになっています</translation>
    </message>
    <message>
        <source>This host reports no such figures for the VM</source>
        <translation>このホストはこの VM の数値を報告しません</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリー</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>読み込み</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>書き込み</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信</translation>
    </message>
</context>
<context>
    <name>PoolDeletionDialog</name>
    <message>
        <source>Delete Storage Pool</source>
        <translation>ストレージプールの削除</translation>
    </message>
    <message>
        <source>Delete the storage pool {name}?</source>
        <translation>ストレージプール {name} を削除しますか?</translation>
    </message>
    <message>
        <source>Also delete the storage: {what}</source>
        <translation>ストレージも削除する: {what}</translation>
    </message>
    <message>
        <source>&amp;Delete {name}</source>
        <translation>{name} を削除(&amp;D)</translation>
    </message>
    <message>
        <source>It is a transient pool: stopping it removes it from {host}. Its storage is left as it is.</source>
        <translation>これは一時的なプールのため、停止すると {host} から削除されます。ストレージはそのまま残ります。</translation>
    </message>
    <message>
        <source>Its definition is removed from {host}.</source>
        <translation>プールの定義を {host} から削除します。</translation>
    </message>
    <message>
        <source>It is active: it is stopped first.</source>
        <translation>プールはアクティブなため、先に停止します。</translation>
    </message>
    <message>
        <source>It is not active, so the volumes it holds are not known.</source>
        <translation>プールがアクティブではないため、含まれるボリュームは不明です。</translation>
    </message>
    <message>
        <source>Reading its volumes…</source>
        <translation>ボリュームを読み込み中…</translation>
    </message>
    <message numerus="yes">
        <source>It holds %n volume(s).</source>
        <translation>
            <numerusform>ボリュームが %n 個あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Used by VMs: {uses}</source>
        <translation>VM が使用中: {uses}</translation>
    </message>
    <message>
        <source>{volume} by {vms}</source>
        <translation>{volume} ({vms} が使用)</translation>
    </message>
    <message>
        <source>No VM uses them.</source>
        <translation>どの VM も使用していません。</translation>
    </message>
    <message>
        <source>libvirt cannot delete the storage of {type} pools: it is left as it is.</source>
        <translation>libvirt は {type} プールのストレージを削除できないため、そのまま残ります。</translation>
    </message>
    <message>
        <source>What it holds is lost.</source>
        <translation>中身は失われます。</translation>
    </message>
    <message>
        <source>The VMs using its volumes lose those disks: they will not start until the disks are removed from them or replaced.</source>
        <translation>ボリュームを使用している VM はそのディスクを失い、ディスクを取り外すか置き換えるまで起動しなくなります。</translation>
    </message>
    <message>
        <source>Its storage and the volumes in it are kept.</source>
        <translation>ストレージとその中のボリュームは残ります。</translation>
    </message>
</context>
<context>
    <name>PoolListModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>自動起動</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>割り当て</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>利用可能</translation>
    </message>
    <message>
        <source>Transient</source>
        <translation>一時的</translation>
    </message>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
</context>
<context>
    <name>PoolState</name>
    <message>
        <source>Inactive</source>
        <translation>非アクティブ</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>構築中</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>機能低下</translation>
    </message>
    <message>
        <source>Inaccessible</source>
        <translation>アクセス不可</translation>
    </message>
</context>
<context>
    <name>PoolXmlView</name>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>Define the pool again from this XML</source>
        <translation>この XML からプールを定義し直します</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>元に戻す(&amp;R)</translation>
    </message>
    <message>
        <source>Show the pool&apos;s definition again, dropping the edits</source>
        <translation>編集を破棄して、プールの定義を再表示します</translation>
    </message>
    <message>
        <source>No storage pool is selected.</source>
        <translation>ストレージプールが選択されていません。</translation>
    </message>
    <message>
        <source>Reading the definition of {name}…</source>
        <translation>{name} の定義を読み込み中…</translation>
    </message>
    <message>
        <source>The definition could not be read: {error}</source>
        <translation>定義を読み込めませんでした: {error}</translation>
    </message>
    <message>
        <source>The pool changed since you began editing: Revert shows it as it is.</source>
        <translation>編集を始めた後にプールが変更されました。「元に戻す」で現在の定義を表示できます。</translation>
    </message>
    <message>
        <source>The XML must be a &lt;pool&gt; document.</source>
        <translation>XML は &lt;pool&gt; 文書でなければなりません。</translation>
    </message>
    <message>
        <source>The pool&apos;s name cannot be changed here: keep &lt;name&gt;{name}&lt;/name&gt;.</source>
        <translation>プールの名前はここでは変更できません。&lt;name&gt;{name}&lt;/name&gt; のままにしてください。</translation>
    </message>
    <message>
        <source>The pool&apos;s UUID cannot be changed here: keep &lt;uuid&gt;{uuid}&lt;/uuid&gt;.</source>
        <translation>プールの UUID はここでは変更できません。&lt;uuid&gt;{uuid}&lt;/uuid&gt; のままにしてください。</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>適用中…</translation>
    </message>
    <message>
        <source>Applied: the running pool uses the new definition once it is stopped and started again.</source>
        <translation>適用しました。実行中のプールでは、停止して再起動した後に新しい定義が使われます。</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>適用しました。</translation>
    </message>
    <message>
        <source>Not applied: {error}</source>
        <translation>適用しませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>このデスクトップにはシステムトレイがありません。</translation>
    </message>
</context>
<context>
    <name>PreferencesForm</name>
    <message>
        <source>Statistics</source>
        <translation>統計</translation>
    </message>
    <message>
        <source>&amp;Update every:</source>
        <translation>更新間隔(&amp;U):</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>取得する項目:</translation>
    </message>
    <message>
        <source>&amp;CPU usage</source>
        <translation>CPU 使用率(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Memory usage</source>
        <translation>メモリー使用量(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Disk I/O</source>
        <translation>ディスク I/O(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Network I/O</source>
        <translation>ネットワーク I/O(&amp;N)</translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Confirm &amp;force off and force reset</source>
        <translation>強制オフと強制リセットを確認する(&amp;F)</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Show desktop &amp;notifications when a job ends while its window is closed, or a VM crashes</source>
        <translation>ウィンドウを閉じた後にジョブが終わったときや、VM がクラッシュしたときにデスクトップ通知を表示する(&amp;N)</translation>
    </message>
    <message>
        <source>Show an icon in the system &amp;tray; closing the manager window then keeps virtdesk running there</source>
        <translation>システムトレイにアイコンを表示する(&amp;T)。マネージャーウィンドウを閉じても virtdesk はそこで動作し続けます</translation>
    </message>
    <message>
        <source>Consoles</source>
        <translation>コンソール</translation>
    </message>
    <message>
        <source>Show a VM&apos;s display em&amp;bedded in virtdesk</source>
        <translation>VM のディスプレイを virtdesk 内に表示する(&amp;B)</translation>
    </message>
    <message>
        <source>Open a VM&apos;s display in the &amp;external viewer (remote-viewer)</source>
        <translation>VM のディスプレイを外部ビューアー (remote-viewer) で開く(&amp;E)</translation>
    </message>
</context>
<context>
    <name>RedirdevForm</name>
    <message>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>SPICE channel</source>
        <translation>SPICE チャネル</translation>
    </message>
    <message>
        <source>TCP (usbredir server)</source>
        <translation>TCP (usbredir サーバー)</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>ホスト:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <source>USB Redirection</source>
        <translation>USB リダイレクト</translation>
    </message>
    <message>
        <source>Enter the host of the usbredir server.</source>
        <translation>usbredir サーバーのホストを入力してください。</translation>
    </message>
</context>
<context>
    <name>RedirdevPage</name>
    <message>
        <source>USB redirector {index} ({type}{where})</source>
        <translation>USB リダイレクター {index} ({type}{where})</translation>
    </message>
</context>
<context>
    <name>RemoteFileDialog</name>
    <message>
        <source>Choose a Folder</source>
        <translation>フォルダーの選択</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>ファイルの選択</translation>
    </message>
    <message>
        <source>Files on {host}</source>
        <translation>{host} 上のファイル</translation>
    </message>
    <message>
        <source>Files on this computer</source>
        <translation>このコンピューター上のファイル</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>{error} Showing your home folder instead.</source>
        <translation>{error} 代わりにホームフォルダーを表示しています。</translation>
    </message>
</context>
<context>
    <name>RemoteFileForm</name>
    <message>
        <source>Up to the folder that holds this one</source>
        <translation>1 つ上のフォルダーへ移動</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Your home folder on the host</source>
        <translation>ホスト上のホームフォルダー</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <source>Type a path and press Enter</source>
        <translation>パスを入力して Enter キーを押してください</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
</context>
<context>
    <name>RemoveHardwareDialog</name>
    <message>
        <source>Remove Hardware</source>
        <translation>ハードウェアの削除</translation>
    </message>
    <message>
        <source>Remove {device} from {vm}?</source>
        <translation>{vm} から {device} を削除しますか?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Also delete the disk image {path} (its data is lost)</source>
        <translation>ディスクイメージ {path} も削除する (データは失われます)</translation>
    </message>
    <message>
        <source>The disk image {path} is also used by {vms}. Nothing was removed; remove the device without deleting the image, or detach it from {vms} first.</source>
        <translation>ディスクイメージ {path} は {vms} も使用しています。何も削除していません。イメージを削除せずにデバイスを削除するか、先に {vms} から取り外してください。</translation>
    </message>
    <message>
        <source>Not removed: {error}</source>
        <translation>削除しませんでした: {error}</translation>
    </message>
    <message>
        <source>Removed; takes effect after the next shutdown</source>
        <translation>削除しました。次回のシャットダウン後に有効になります</translation>
    </message>
    <message>
        <source>The device is removed from the configuration, but it could not be unplugged from the running VM; it goes away at the next shutdown.

{failures}</source>
        <translation>デバイスを設定から削除しましたが、実行中の VM からは取り外せませんでした。次回のシャットダウンで取り除かれます。

{failures}</translation>
    </message>
    <message>
        <source>Disk image kept</source>
        <translation>ディスクイメージを残しました</translation>
    </message>
    <message>
        <source>The device is removed, but its disk image was not deleted: {error}</source>
        <translation>デバイスは削除しましたが、ディスクイメージは削除できませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>RemoveHardwareForm</name>
    <message>
        <source>The VM is running: the device is also unplugged from it, which needs the guest&apos;s cooperation.</source>
        <translation>VM は実行中です。デバイスは VM からも取り外されますが、それにはゲストの協力が必要です。</translation>
    </message>
</context>
<context>
    <name>ResizeVolumeDialog</name>
    <message>
        <source>Resize {name}</source>
        <translation>{name} のサイズ変更</translation>
    </message>
    <message>
        <source>Resi&amp;ze</source>
        <translation>サイズ変更(&amp;Z)</translation>
    </message>
    <message>
        <source>{name} has a capacity of {size} now.</source>
        <translation>{name} の現在の容量は {size} です。</translation>
    </message>
    <message>
        <source>Shrinking cuts off everything {name} holds past its new end: that data is lost for good, and a file system or partition reaching past it is damaged.</source>
        <translation>縮小すると、{name} の新しい末尾より後ろにある内容はすべて切り捨てられます。そのデータは完全に失われ、その位置を越えるファイルシステムやパーティションは破損します。</translation>
    </message>
    <message>
        <source>Shrink, &amp;Losing Data</source>
        <translation>縮小 (データが失われます)(&amp;L)</translation>
    </message>
    <message>
        <source>Give the volume a capacity.</source>
        <translation>ボリュームの容量を指定してください。</translation>
    </message>
    <message>
        <source>That is its capacity now.</source>
        <translation>現在の容量と同じです。</translation>
    </message>
    <message>
        <source>That is smaller than now: a volume only grows unless you allow shrinking below.</source>
        <translation>現在より小さい値です。下で縮小を許可しない限り、ボリュームは拡大しかできません。</translation>
    </message>
    <message>
        <source>Resized {name} to {size}.</source>
        <translation>{name} のサイズを {size} に変更しました。</translation>
    </message>
</context>
<context>
    <name>ResizeVolumeForm</name>
    <message>
        <source>New &amp;capacity:</source>
        <translation>新しい容量(&amp;C):</translation>
    </message>
    <message>
        <source>Allow &amp;shrinking below the present capacity</source>
        <translation>現在の容量より小さくすることを許可する(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>Memory and CPUs</source>
        <translation>メモリーと CPU</translation>
    </message>
    <message>
        <source>an unknown OS</source>
        <translation>不明な OS</translation>
    </message>
    <message>
        <source>Recommended for {os}: {memory} MiB, {vcpus} vCPUs.</source>
        <translation>{os} の推奨値: {memory} MiB、vCPU {vcpus} 個。</translation>
    </message>
    <message>
        <source>The host has {memory} MiB.</source>
        <translation>ホストのメモリーは {memory} MiB です。</translation>
    </message>
    <message>
        <source>The host has {cpus} CPUs; up to {limit} per VM.</source>
        <translation>ホストの CPU は {cpus} 個です。VM あたり最大 {limit} 個まで使えます。</translation>
    </message>
    <message>
        <source>Reading the host&apos;s memory and CPUs…</source>
        <translation>ホストのメモリーと CPU を読み込み中…</translation>
    </message>
</context>
<context>
    <name>RestoreVmDialog</name>
    <message>
        <source>Restore a VM on {host} from a File</source>
        <translation>{host} の VM をファイルから復元</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>Brings back the VM saved in a file by Save to File…, where it left off. The file is kept; the VM it holds must not be running.</source>
        <translation>「ファイルに保存…」でファイルに保存した VM を、中断したところから再開します。ファイルは残ります。ファイルの VM が実行中であってはなりません。</translation>
    </message>
</context>
<context>
    <name>RestoreVmForm</name>
    <message>
        <source>&amp;Saved file on the host:</source>
        <translation>ホスト上の保存ファイル(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore it:</source>
        <translation>復元後(&amp;R):</translation>
    </message>
    <message>
        <source>Bypass the host&apos;s file &amp;cache (slower, but leaves the host&apos;s memory alone)</source>
        <translation>ホストのファイルキャッシュを使わない (遅くなりますが、ホストのメモリーを圧迫しません)(&amp;C)</translation>
    </message>
</context>
<context>
    <name>RestoredState</name>
    <message>
        <source>As it was when saved</source>
        <translation>保存時の状態のまま</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
</context>
<context>
    <name>RngForm</name>
    <message>
        <source>Backend:</source>
        <translation>バックエンド:</translation>
    </message>
    <message>
        <source>Host device</source>
        <translation>ホストデバイス</translation>
    </message>
    <message>
        <source>QEMU built-in</source>
        <translation>QEMU 内蔵</translation>
    </message>
    <message>
        <source>Host device:</source>
        <translation>ホストデバイス:</translation>
    </message>
    <message>
        <source>RNG</source>
        <translation>RNG</translation>
    </message>
    <message>
        <source>Enter the host&apos;s random device, such as /dev/urandom.</source>
        <translation>/dev/urandom などのホストの乱数デバイスを入力してください。</translation>
    </message>
</context>
<context>
    <name>RngPage</name>
    <message>
        <source>RNG {backend}</source>
        <translation>RNG {backend}</translation>
    </message>
</context>
<context>
    <name>SaveVmDialog</name>
    <message>
        <source>Save {vm} to a File</source>
        <translation>{vm} をファイルに保存</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Writes the memory and state of {vm} to a file of its host, then shuts it off. Restore from File… brings it back from that file where it left off; its disks must not be changed meanwhile.</source>
        <translation>{vm} のメモリーと状態をホストのファイルに書き出し、停止します。「ファイルから復元…」でそのファイルから中断したところへ戻せます。その間、ディスクを変更してはいけません。</translation>
    </message>
    <message>
        <source>{vm} is {state}: only a running or paused VM can be saved.</source>
        <translation>{vm} は{state}です: 保存できるのは実行中または一時停止中の VM だけです。</translation>
    </message>
</context>
<context>
    <name>SaveVmForm</name>
    <message>
        <source>&amp;File on the host:</source>
        <translation>ホスト上のファイル(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;When restored:</source>
        <translation>復元したとき(&amp;W):</translation>
    </message>
    <message>
        <source>Bypass the host&apos;s file &amp;cache (slower, but leaves the host&apos;s memory alone)</source>
        <translation>ホストのファイルキャッシュを使わない (遅くなりますが、ホストのメモリーを圧迫しません)(&amp;C)</translation>
    </message>
</context>
<context>
    <name>SavedPasswords</name>
    <message>
        <source>The desktop keyring could not be read</source>
        <translation>デスクトップのキーリングを読み込めませんでした</translation>
    </message>
    <message>
        <source>An empty password is not saved</source>
        <translation>空のパスワードは保存されません</translation>
    </message>
    <message>
        <source>The password cannot be saved: {reason}</source>
        <translation>パスワードを保存できません: {reason}</translation>
    </message>
    <message>
        <source>The desktop keyring did not save the password</source>
        <translation>デスクトップのキーリングにパスワードを保存できませんでした</translation>
    </message>
    <message>
        <source>The desktop keyring could not remove the password</source>
        <translation>デスクトップのキーリングからパスワードを削除できませんでした</translation>
    </message>
    <message>
        <source>the python keyring module is not installed</source>
        <translation>Python の keyring モジュールがインストールされていません</translation>
    </message>
    <message>
        <source>saving passwords is turned off in the keyring configuration</source>
        <translation>keyring の設定でパスワードの保存がオフになっています</translation>
    </message>
    <message>
        <source>the system keychain cannot be reached</source>
        <translation>システムのキーチェーンにアクセスできません</translation>
    </message>
    <message>
        <source>the python SecretStorage module is not installed</source>
        <translation>Python の SecretStorage モジュールがインストールされていません</translation>
    </message>
    <message>
        <source>no Secret Service is running (install and unlock GNOME Keyring or KWallet)</source>
        <translation>Secret Service が実行されていません (GNOME キーリングまたは KWallet をインストールして、ロックを解除してください)</translation>
    </message>
    <message>
        <source>A saved password needs a target (user@host:port or a key file)</source>
        <translation>保存するパスワードには対象 (user@host:port または鍵ファイル) が必要です</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>The VM&apos;s screen could not be read as a picture</source>
        <translation>VM の画面を画像として読み取れませんでした</translation>
    </message>
    <message>
        <source>Could not write {path}</source>
        <translation>{path} に書き込めませんでした</translation>
    </message>
    <message>
        <source>Taking a screenshot of {name}</source>
        <translation>{name} のスクリーンショットを撮影中</translation>
    </message>
</context>
<context>
    <name>SerialConsole</name>
    <message>
        <source>Console:</source>
        <translation>コンソール:</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>再接続</translation>
    </message>
    <message>
        <source>This VM has no serial port or text console.</source>
        <translation>この VM にはシリアルポートもテキストコンソールもありません。</translation>
    </message>
    <message>
        <source>Connecting to {console}…</source>
        <translation>{console} に接続中…</translation>
    </message>
    <message>
        <source>Take Over the Console</source>
        <translation>コンソールを引き継ぐ</translation>
    </message>
</context>
<context>
    <name>SerialForm</name>
    <message>
        <source>Serial Port</source>
        <translation>シリアルポート</translation>
    </message>
</context>
<context>
    <name>ShmemPage</name>
    <message>
        <source>Shared memory {name}</source>
        <translation>共有メモリー {name}</translation>
    </message>
</context>
<context>
    <name>SmartcardForm</name>
    <message>
        <source>Mode:</source>
        <translation>モード:</translation>
    </message>
    <message>
        <source>Passthrough (from the SPICE client)</source>
        <translation>パススルー (SPICE クライアントから)</translation>
    </message>
    <message>
        <source>Host reader</source>
        <translation>ホストのカードリーダー</translation>
    </message>
    <message>
        <source>Smartcard</source>
        <translation>スマートカード</translation>
    </message>
</context>
<context>
    <name>SmartcardPage</name>
    <message>
        <source>Smartcard ({mode})</source>
        <translation>スマートカード ({mode})</translation>
    </message>
</context>
<context>
    <name>SnapshotsPage</name>
    <message>
        <source>Snapshots</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>Reading the snapshots…</source>
        <translation>スナップショットを読み込んでいます…</translation>
    </message>
    <message>
        <source>The snapshots could not be read: {error}</source>
        <translation>スナップショットを読み取れませんでした: {error}</translation>
    </message>
    <message>
        <source>No snapshots yet.</source>
        <translation>スナップショットはまだありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s); the current one (in bold) is {name}.</source>
        <translation>
            <numerusform>%n 個のスナップショット。現在のもの (太字) は {name} です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s); none is current.</source>
        <translation>
            <numerusform>%n 個のスナップショット。現在のものはありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to edit the description</source>
        <translation>ダブルクリックで説明を編集</translation>
    </message>
    <message>
        <source>The current snapshot: the VM&apos;s state continues from it</source>
        <translation>現在のスナップショット: VM の状態はここから続いています</translation>
    </message>
    <message>
        <source>No picture of the screen</source>
        <translation>画面の画像はありません</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (現在)</translation>
    </message>
    <message>
        <source>Kind: {kind}</source>
        <translation>種類: {kind}</translation>
    </message>
    <message>
        <source>State saved: {state}</source>
        <translation>保存された状態: {state}</translation>
    </message>
    <message>
        <source>Parent: {parent}</source>
        <translation>親: {parent}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>{disk}: overlay {path}</source>
        <translation>{disk}: オーバーレイ {path}</translation>
    </message>
    <message>
        <source>A snapshot job is running.</source>
        <translation>スナップショットのジョブを実行中です。</translation>
    </message>
    <message>
        <source>The snapshots are not read yet.</source>
        <translation>スナップショットはまだ読み込まれていません。</translation>
    </message>
    <message>
        <source>{job}: {state}</source>
        <translation>{job}: {state}</translation>
    </message>
    <message>
        <source>Revert to {name}</source>
        <translation>{name} に戻す</translation>
    </message>
    <message>
        <source>Revert {vm} to the snapshot {name}? What the VM holds now (its disks&apos; changes since, and its memory if it runs) is lost, unless you take a snapshot of it first.</source>
        <translation>{vm} をスナップショット {name} に戻しますか? 先にスナップショットを作成しない限り、VM の現在の内容 (それ以降のディスクの変更と、実行中ならメモリー) は失われます。</translation>
    </message>
    <message>
        <source>&amp;Snapshot the Current State, Then Revert</source>
        <translation>現在の状態のスナップショットを作成してから戻す(&amp;S)</translation>
    </message>
    <message>
        <source>Revert and &amp;Lose the Current State</source>
        <translation>現在の状態を失って戻す(&amp;L)</translation>
    </message>
    <message>
        <source>Before reverting to {name}</source>
        <translation>{name} に戻す前</translation>
    </message>
    <message>
        <source>Merge what the VM wrote since {name} ({overlays}) back into the files it was taken from? The disks then write to those files again, libvirt&apos;s record of {name} is removed, and the overlay files are kept (no longer used).</source>
        <translation>{name} 以降に VM が書き込んだ内容 ({overlays}) を、スナップショット元のファイルにマージしますか? ディスクは再びそれらのファイルに書き込むようになり、{name} の libvirt の記録は削除され、オーバーレイファイルは (使われないまま) 残ります。</translation>
    </message>
    <message>
        <source>Copy the data the overlays of {name} ({overlays}) still read from their backing files into them, so they no longer need those files? The backing files are kept unchanged.</source>
        <translation>{name} のオーバーレイ ({overlays}) がまだバッキングファイルから読んでいるデータをオーバーレイにコピーし、バッキングファイルを不要にしますか? バッキングファイルはそのまま残ります。</translation>
    </message>
    <message>
        <source>The description was not changed: {error}</source>
        <translation>説明は変更されませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>SoundForm</name>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>サウンド</translation>
    </message>
</context>
<context>
    <name>SoundPage</name>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>Sound {model}</source>
        <translation>サウンド {model}</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>Install Source and Operating System</source>
        <translation>インストールソースとオペレーティングシステム</translation>
    </message>
    <message>
        <source>Choose an ISO image, a CD-ROM device or a pool volume.</source>
        <translation>ISO イメージ、CD-ROM デバイス、またはプールのボリュームを選択してください。</translation>
    </message>
    <message>
        <source>Choose the disk image to import.</source>
        <translation>インポートするディスクイメージを選択してください。</translation>
    </message>
    <message>
        <source>Choose the cloud image.</source>
        <translation>クラウドイメージを選択してください。</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (非アクティブ)</translation>
    </message>
    <message>
        <source>{path} does not exist on {host}.</source>
        <translation>{host} 上に {path} は存在しません。</translation>
    </message>
    <message>
        <source>The tree could not be read: {error}</source>
        <translation>ツリーを読み込めませんでした: {error}</translation>
    </message>
    <message>
        <source>The host has no virtual network to boot from.</source>
        <translation>ホストにはブートに使える仮想ネットワークがありません。</translation>
    </message>
</context>
<context>
    <name>SshLoginDialog</name>
    <message>
        <source>Key Passphrase</source>
        <translation>鍵のパスフレーズ</translation>
    </message>
    <message>
        <source>The SSH key {key} is protected by a passphrase.</source>
        <translation>SSH 鍵 {key} はパスフレーズで保護されています。</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <source>SSH Password</source>
        <translation>SSH パスワード</translation>
    </message>
    <message>
        <source>Log in to {target} with a password.</source>
        <translation>パスワードで {target} にログインします。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>SSH Login</source>
        <translation>SSH ログイン</translation>
    </message>
    <message>
        <source>{target} asks:</source>
        <translation>{target} からの質問:</translation>
    </message>
    <message>
        <source>Cannot remember it: {reason}</source>
        <translation>記憶できません: {reason}</translation>
    </message>
</context>
<context>
    <name>SshLoginForm</name>
    <message>
        <source>The previous answer was not accepted. Try again.</source>
        <translation>前回の回答は受け付けられませんでした。もう一度入力してください。</translation>
    </message>
    <message>
        <source>&amp;Remember in the keyring</source>
        <translation>キーリングに記憶する(&amp;R)</translation>
    </message>
</context>
<context>
    <name>StorageCopy</name>
    <message>
        <source>Shared: the destination has the disks at the same paths</source>
        <translation>共有: 移行先の同じパスにディスクがあります</translation>
    </message>
    <message>
        <source>Copy the disks completely</source>
        <translation>ディスクを完全にコピーする</translation>
    </message>
    <message>
        <source>Copy only the top images (their backing images are on the destination)</source>
        <translation>最上位のイメージだけをコピーする (バッキングイメージは移行先にあります)</translation>
    </message>
</context>
<context>
    <name>StorageForm</name>
    <message>
        <source>Device type:</source>
        <translation>デバイスの種類:</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>CD-ROM</source>
        <translation>CD-ROM</translation>
    </message>
    <message>
        <source>Floppy</source>
        <translation>フロッピー</translation>
    </message>
    <message>
        <source>Create a disk image</source>
        <translation>ディスクイメージを作成</translation>
    </message>
    <message>
        <source>Use an existing volume or path</source>
        <translation>既存のボリュームまたはパスを使用</translation>
    </message>
    <message>
        <source>Pool:</source>
        <translation>プール:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>サイズ:</translation>
    </message>
    <message>
        <source>qcow2 (thin, snapshots)</source>
        <translation>qcow2 (シン、スナップショット対応)</translation>
    </message>
    <message>
        <source>raw (fastest)</source>
        <translation>raw (最速)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>フォーマット:</translation>
    </message>
    <message>
        <source>/path/to/image.qcow2, /dev/sdX or an ISO</source>
        <translation>/path/to/image.qcow2、/dev/sdX、または ISO</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>パス:</translation>
    </message>
    <message>
        <source>Bus:</source>
        <translation>バス:</translation>
    </message>
    <message>
        <source>Cache:</source>
        <translation>キャッシュ:</translation>
    </message>
    <message>
        <source>Hypervisor default</source>
        <translation>ハイパーバイザーのデフォルト</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <source>Give the new disk image a file name (without “/”).</source>
        <translation>新しいディスクイメージのファイル名を指定してください (“/” は使えません)。</translation>
    </message>
    <message>
        <source>The pool already has a volume named {name}.</source>
        <translation>このプールには既に {name} という名前のボリュームがあります。</translation>
    </message>
    <message>
        <source>The size of the new disk image must be more than zero.</source>
        <translation>新しいディスクイメージのサイズは 0 より大きくなければなりません。</translation>
    </message>
    <message>
        <source>Enter the path of the disk image or device (a CD-ROM or floppy may stay empty).</source>
        <translation>ディスクイメージまたはデバイスのパスを入力してください (CD-ROM とフロッピーは空欄でもかまいません)。</translation>
    </message>
    <message>
        <source>The path must be absolute (start with “/”).</source>
        <translation>パスは絶対パス (“/” で始まる) でなければなりません。</translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <source>Started {name}.</source>
        <translation>{name} を起動しました。</translation>
    </message>
    <message>
        <source>Could not start {name}: {error}</source>
        <translation>{name} を起動できませんでした: {error}</translation>
    </message>
    <message>
        <source>Stopped {name}.</source>
        <translation>{name} を停止しました。</translation>
    </message>
    <message>
        <source>Could not stop {name}: {error}</source>
        <translation>{name} を停止できませんでした: {error}</translation>
    </message>
    <message>
        <source>Refreshed {name}.</source>
        <translation>{name} を更新しました。</translation>
    </message>
    <message>
        <source>Could not refresh {name}: {error}</source>
        <translation>{name} を更新できませんでした: {error}</translation>
    </message>
    <message>
        <source>Deleted {name}.</source>
        <translation>{name} を削除しました。</translation>
    </message>
    <message>
        <source>Could not delete {name}: {error}</source>
        <translation>{name} を削除できませんでした: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Volumes&lt;/b&gt;</source>
        <translation>&lt;b&gt;ボリューム&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No storage pool is selected.</source>
        <translation>ストレージプールが選択されていません。</translation>
    </message>
    <message>
        <source>This host has no storage pools.</source>
        <translation>このホストにはストレージプールがありません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Volumes of {name}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{name} のボリューム&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The pool is not active: start it to list its volumes.</source>
        <translation>プールがアクティブではありません。ボリュームを一覧表示するには、プールを起動してください。</translation>
    </message>
    <message>
        <source>Reading the volumes…</source>
        <translation>ボリュームを読み込み中…</translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s)</source>
        <translation>
            <numerusform>%n 個のボリューム</numerusform>
        </translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <source>Choose the volume or path of the disk.</source>
        <translation>ディスクのボリュームまたはパスを選択してください。</translation>
    </message>
    <message>
        <source>qcow2 (grows as used, snapshots)</source>
        <translation>qcow2 (使用に応じて拡大、スナップショット対応)</translation>
    </message>
    <message>
        <source>raw (full size at once, fastest)</source>
        <translation>raw (最初から全容量を確保、最速)</translation>
    </message>
    <message>
        <source>named after the VM</source>
        <translation>VM の名前から命名</translation>
    </message>
    <message>
        <source>{path} does not exist on {host}.</source>
        <translation>{host} 上に {path} は存在しません。</translation>
    </message>
    <message>
        <source>Already used by: {vms}. Two running VMs writing to one disk image destroy its data.</source>
        <translation>既に {vms} が使用しています。実行中の 2 台の VM が 1 つのディスクイメージに書き込むと、データが破壊されます。</translation>
    </message>
    <message>
        <source>{free} free of {capacity}</source>
        <translation>空き {free} / {capacity}</translation>
    </message>
    <message>
        <source>— a qcow2 image grows as the VM writes: it can fill the pool.</source>
        <translation>— qcow2 イメージは VM の書き込みに応じて大きくなるため、プールを使い切る可能性があります。</translation>
    </message>
    <message>
        <source>The host has no active storage pool.</source>
        <translation>ホストにアクティブなストレージプールがありません。</translation>
    </message>
    <message>
        <source>Choose a pool for the new disk image.</source>
        <translation>新しいディスクイメージのプールを選択してください。</translation>
    </message>
</context>
<context>
    <name>StorageSource</name>
    <message>
        <source>{size} allocated</source>
        <translation>{size} 割り当て済み</translation>
    </message>
</context>
<context>
    <name>StorageSourceChooser</name>
    <message>
        <source>File or device path</source>
        <translation>ファイルまたはデバイスのパス</translation>
    </message>
    <message>
        <source>Storage pool volume</source>
        <translation>ストレージプールのボリューム</translation>
    </message>
    <message>
        <source>/var/lib/libvirt/images/disk.qcow2</source>
        <translation>/var/lib/libvirt/images/disk.qcow2</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Choose a Disk Image</source>
        <translation>ディスクイメージの選択</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>サマリー</translation>
    </message>
    <message>
        <source>Finish defines the network and starts it.</source>
        <translation>「完了」を押すと、ネットワークを定義して起動します。</translation>
    </message>
    <message>
        <source>Go back: a page still has a field to correct.</source>
        <translation>前のページに戻ってください。まだ修正が必要な項目があります。</translation>
    </message>
    <message>
        <source>The network {name} ({kind}) on {host}:</source>
        <translation>{host} 上のネットワーク {name} ({kind}):</translation>
    </message>
    <message>
        <source>libvirt&apos;s schemas are not installed here: the host checks the XML on Finish.</source>
        <translation>このコンピューターには libvirt のスキーマがインストールされていません。XML は「完了」時にホストが検査します。</translation>
    </message>
    <message>
        <source>libvirt&apos;s schema does not accept this network:
{errors}</source>
        <translation>libvirt のスキーマがこのネットワークを受け付けません:
{errors}</translation>
    </message>
    <message>
        <source>libvirt&apos;s schema accepts this network.</source>
        <translation>libvirt のスキーマはこのネットワークを受け付けます。</translation>
    </message>
</context>
<context>
    <name>TerminalView</name>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <source>Clear Scrollback and Screen</source>
        <translation>スクロールバックと画面を消去</translation>
    </message>
</context>
<context>
    <name>TpmForm</name>
    <message>
        <source>Backend:</source>
        <translation>バックエンド:</translation>
    </message>
    <message>
        <source>Emulated (swtpm)</source>
        <translation>エミュレート (swtpm)</translation>
    </message>
    <message>
        <source>Host TPM (passthrough)</source>
        <translation>ホストの TPM (パススルー)</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>バージョン:</translation>
    </message>
    <message>
        <source>Host device:</source>
        <translation>ホストデバイス:</translation>
    </message>
    <message>
        <source>TPM</source>
        <translation>TPM</translation>
    </message>
    <message>
        <source>This VM already has a TPM.</source>
        <translation>この VM には既に TPM があります。</translation>
    </message>
    <message>
        <source>Enter the host&apos;s TPM device, such as /dev/tpm0.</source>
        <translation>/dev/tpm0 などのホストの TPM デバイスを入力してください。</translation>
    </message>
</context>
<context>
    <name>TpmPage</name>
    <message>
        <source>TPM{version} ({model})</source>
        <translation>TPM{version} ({model})</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>Direct, managed by virtdesk</source>
        <translation>直接、virtdesk が管理</translation>
    </message>
    <message>
        <source>Peer-to-peer: the source host connects to the destination</source>
        <translation>ピアツーピア: 移行元ホストが移行先に接続します</translation>
    </message>
    <message>
        <source>Tunnelled: peer-to-peer, the data inside libvirt&apos;s connection</source>
        <translation>トンネル: ピアツーピア、データは libvirt の接続内を通ります</translation>
    </message>
</context>
<context>
    <name>TrayConnectionMenu</name>
    <message>
        <source>{host} ({state})</source>
        <translation>{host} ({state})</translation>
    </message>
    <message>
        <source>No virtual machines</source>
        <translation>仮想マシンはありません</translation>
    </message>
    <message numerus="yes">
        <source>%n more VM(s) in the manager…</source>
        <translation>
            <numerusform>ほか %n 台の VM はマネージャーに表示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>virtdesk</source>
        <translation>virtdesk</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Hide Virtual Machine Manager</source>
        <translation>仮想マシンマネージャーを隠す</translation>
    </message>
    <message>
        <source>Show Virtual Machine Manager</source>
        <translation>仮想マシンマネージャーを表示</translation>
    </message>
</context>
<context>
    <name>TrayVmMenu</name>
    <message>
        <source>Open Console</source>
        <translation>コンソールを開く</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>{name} ({state})</source>
        <translation>{name} ({state})</translation>
    </message>
</context>
<context>
    <name>UploadVolumeDialog</name>
    <message>
        <source>Upload into {pool}</source>
        <translation>{pool} へのアップロード</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>アップロード(&amp;U)</translation>
    </message>
    <message>
        <source>Over the &amp;selected volume {name} ({size}): what it holds is overwritten</source>
        <translation>選択したボリューム {name} ({size}) に上書き (内容は失われます)(&amp;S)</translation>
    </message>
    <message>
        <source>File to Upload</source>
        <translation>アップロードするファイル</translation>
    </message>
    <message>
        <source>Looking at the file…</source>
        <translation>ファイルを確認中…</translation>
    </message>
    <message>
        <source>&amp;Overwrite {name}</source>
        <translation>{name} を上書き(&amp;O)</translation>
    </message>
    <message>
        <source>Choose the file to upload.</source>
        <translation>アップロードするファイルを選択してください。</translation>
    </message>
    <message>
        <source>Give the file&apos;s full path (from /).</source>
        <translation>ファイルのフルパス (/ から) を指定してください。</translation>
    </message>
    <message>
        <source>The file is empty: there is nothing to upload.</source>
        <translation>ファイルが空のため、アップロードするものがありません。</translation>
    </message>
    <message>
        <source>The file ({size}) is larger than the {free} free in the pool.</source>
        <translation>ファイル ({size}) がプールの空き容量 {free} より大きいです。</translation>
    </message>
    <message>
        <source>The file ({size}) is larger than the volume {name} ({capacity}).</source>
        <translation>ファイル ({size}) がボリューム {name} ({capacity}) より大きいです。</translation>
    </message>
    <message>
        <source>{path} is not a regular file</source>
        <translation>{path} は通常のファイルではありません</translation>
    </message>
</context>
<context>
    <name>UploadVolumeForm</name>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>アップロード先:</translation>
    </message>
    <message>
        <source>A &amp;new volume named:</source>
        <translation>次の名前の新しいボリューム(&amp;N):</translation>
    </message>
</context>
<context>
    <name>UsbHostForm</name>
    <message>
        <source>USB Host Device</source>
        <translation>USB ホストデバイス</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>バス</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The host offers no USB devices.</source>
        <translation>ホストに使える USB デバイスがありません。</translation>
    </message>
    <message>
        <source>This VM already has that USB device.</source>
        <translation>この VM には既にその USB デバイスがあります。</translation>
    </message>
</context>
<context>
    <name>VideoForm</name>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>ビデオ</translation>
    </message>
</context>
<context>
    <name>VideoPage</name>
    <message>
        <source>Hypervisor default</source>
        <translation>ハイパーバイザーのデフォルト</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <source>Heads:</source>
        <translation>ヘッド数:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Video RAM (QXL):</source>
        <translation>ビデオ RAM (QXL):</translation>
    </message>
    <message>
        <source>3D acceleration (virtio; needs OpenGL on the display)</source>
        <translation>3D アクセラレーション (virtio。ディスプレイで OpenGL が必要)</translation>
    </message>
    <message>
        <source>3D acceleration:</source>
        <translation>3D アクセラレーション:</translation>
    </message>
    <message>
        <source>Video {model}</source>
        <translation>ビデオ {model}</translation>
    </message>
</context>
<context>
    <name>VmFileActions</name>
    <message>
        <source>Save to File…</source>
        <translation>ファイルに保存…</translation>
    </message>
    <message>
        <source>Save the VM&apos;s memory and state to a file of its host, and stop it</source>
        <translation>VM のメモリーと状態をホストのファイルに保存し、停止します</translation>
    </message>
    <message>
        <source>Core Dump…</source>
        <translation>コアダンプ…</translation>
    </message>
    <message>
        <source>Write the VM&apos;s memory to a file of its host, for debugging</source>
        <translation>デバッグ用に VM のメモリーをホストのファイルに書き出します</translation>
    </message>
    <message>
        <source>Restore from File…</source>
        <translation>ファイルから復元…</translation>
    </message>
    <message>
        <source>Bring back a VM saved to a file of the host</source>
        <translation>ホストのファイルに保存した VM を再開します</translation>
    </message>
</context>
<context>
    <name>VmJobDialog</name>
    <message>
        <source>Report</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Could not read the VM: {error}</source>
        <translation>VM を読み込めませんでした: {error}</translation>
    </message>
    <message>
        <source>{job}: {state}</source>
        <translation>{job}: {state}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>VmShareModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリー</translation>
    </message>
    <message>
        <source>Share of memory</source>
        <translation>メモリーの割合</translation>
    </message>
    <message>
        <source>Share of CPU now</source>
        <translation>現在の CPU の割合</translation>
    </message>
</context>
<context>
    <name>VmTreeModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>CPU usage</source>
        <translation>CPU 使用率</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリー</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Not responding</source>
        <translation>応答なし</translation>
    </message>
</context>
<context>
    <name>VncWidget</name>
    <message>
        <source>Press Ctrl+Alt to release the pointer</source>
        <translation>Ctrl+Alt を押すとポインターを解放します</translation>
    </message>
    <message>
        <source>Saving a screenshot to {path}</source>
        <translation>{path} にスクリーンショットを保存中</translation>
    </message>
    <message>
        <source>Could not write {path}</source>
        <translation>{path} に書き込めませんでした</translation>
    </message>
</context>
<context>
    <name>VolumeCommands</name>
    <message>
        <source>Download {name} to</source>
        <translation>{name} のダウンロード先</translation>
    </message>
    <message>
        <source>Wiped {name}: it holds only zeros now.</source>
        <translation>{name} を消去しました。内容はすべてゼロになりました。</translation>
    </message>
    <message>
        <source>Could not wipe {name}: {error}</source>
        <translation>{name} を消去できませんでした: {error}</translation>
    </message>
    <message>
        <source>Deleted {names}.</source>
        <translation>{names} を削除しました。</translation>
    </message>
    <message>
        <source>Not deleted: {reasons}</source>
        <translation>削除しませんでした: {reasons}</translation>
    </message>
    <message>
        <source>Could not delete {name}: {error}</source>
        <translation>{name} を削除できませんでした: {error}</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <source>{job}: {amount}</source>
        <translation>{job}: {amount}</translation>
    </message>
    <message>
        <source>{job}: done, {size} copied.</source>
        <translation>{job}: 完了しました ({size} をコピー)。</translation>
    </message>
    <message>
        <source>{job}: cancelled.</source>
        <translation>{job}: キャンセルしました。</translation>
    </message>
    <message>
        <source>{job}: failed: {error}</source>
        <translation>{job}: 失敗しました: {error}</translation>
    </message>
</context>
<context>
    <name>VolumeTableModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>フォーマット</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>割り当て</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Backing store</source>
        <translation>バッキングストア</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用している VM</translation>
    </message>
</context>
<context>
    <name>VsockForm</name>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Guest CID:</source>
        <translation>ゲストの CID:</translation>
    </message>
    <message>
        <source>VSOCK</source>
        <translation>VSOCK</translation>
    </message>
    <message>
        <source>This VM already has a VSOCK device.</source>
        <translation>この VM には既に VSOCK デバイスがあります。</translation>
    </message>
</context>
<context>
    <name>VsockPage</name>
    <message>
        <source>auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>vsock (CID {cid})</source>
        <translation>vsock (CID {cid})</translation>
    </message>
</context>
<context>
    <name>WatchdogForm</name>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>アクション:</translation>
    </message>
    <message>
        <source>Reset the VM</source>
        <translation>VM をリセット</translation>
    </message>
    <message>
        <source>Shut down gracefully</source>
        <translation>正常にシャットダウン</translation>
    </message>
    <message>
        <source>Power off</source>
        <translation>電源オフ</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Dump core</source>
        <translation>コアダンプ</translation>
    </message>
    <message>
        <source>Inject an NMI</source>
        <translation>NMI を送る</translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation>何もしない</translation>
    </message>
    <message>
        <source>Watchdog</source>
        <translation>ウォッチドッグ</translation>
    </message>
</context>
<context>
    <name>WatchdogPage</name>
    <message>
        <source>Watchdog ({model})</source>
        <translation>ウォッチドッグ ({model})</translation>
    </message>
</context>
<context>
    <name>XmlEditor</name>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>予期しないエラー: {error}</translation>
    </message>
    <message>
        <source>virtdesk: warning: {uri} makes libvirt run the program {program}</source>
        <translation>virtdesk: 警告: {uri} を開くと libvirt がプログラム {program} を実行します</translation>
    </message>
    <message>
        <source>No connection to show the host of</source>
        <translation>ホストを表示する接続がありません</translation>
    </message>
    <message>
        <source>No connection to create a VM on</source>
        <translation>VM を作成する接続がありません</translation>
    </message>
    <message>
        <source>No VM named {name}</source>
        <translation>{name} という名前の VM はありません</translation>
    </message>
    <message>
        <source>virtdesk: PySide6 {qt} on Python {python} loses a reference to None on every Qt call and would crash within minutes. Install another PySide6 release (pip install &apos;PySide6-Essentials&lt;6.12&apos;) or run virtdesk with Python 3.12 or newer.</source>
        <translation>virtdesk: Python {python} 上の PySide6 {qt} は Qt を呼び出すたびに None への参照を失うため、数分以内にクラッシュします。別のリリースの PySide6 をインストールする (pip install &apos;PySide6-Essentials&lt;6.12&apos;) か、Python 3.12 以降で virtdesk を実行してください。</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>{message} (libvirt error code {code})</source>
        <translation>{message} (libvirt エラーコード {code})</translation>
    </message>
</context>
<context>
    <name>events</name>
    <message>
        <source>libvirt&apos;s event loop failed; it goes on</source>
        <translation>libvirt のイベントループでエラーが発生しました。処理は続行します</translation>
    </message>
    <message>
        <source>libvirt&apos;s event loop had stopped; it was started again</source>
        <translation>libvirt のイベントループが停止していたため、再開しました</translation>
    </message>
</context>
<context>
    <name>streams</name>
    <message>
        <source>The connection to the host was lost during the transfer</source>
        <translation>転送中にホストへの接続が失われました</translation>
    </message>
    <message>
        <source>{path} ({size} bytes) is larger than the volume {volume} ({capacity} bytes)</source>
        <translation>{path} ({size} バイト) はボリューム {volume} ({capacity} バイト) より大きいです</translation>
    </message>
    <message>
        <source>The console was closed</source>
        <translation>コンソールが閉じられました</translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <source>No answer within {seconds:.0f} s</source>
        <translation>{seconds:.0f} 秒以内に応答がありません</translation>
    </message>
</context>
</TS>
